package io.redweave.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.javalin.Javalin;
import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import io.redweave.demo.support.WebClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Redis that {@code java -jar} starts when none is configured: killed, it is started again, and
 * {@code /health} and the dashboard say so. The demo under test runs on the shared fixture's Redis
 * and database (one Redweave per JVM) with a real embedded Redis beside it.
 */
@ExtendWith(DemoExtension.class)
class EmbeddedRedisTest {

    @Test
    void embeddedRedis_killed_isStartedAgainAndHealthAndDashboardSaySo(DemoFixture demo) throws Exception {
        Infrastructure shared = demo.server().infrastructure();
        try (EmbeddedRedis redis = EmbeddedRedis.start(Files.createTempDirectory("redweave-embedded"))) {
            Infrastructure infra = new Infrastructure(
                    shared.settings(),
                    shared.redweave(),
                    shared.database(),
                    shared.registry(),
                    redis.url(),
                    Optional.of(redis),
                    shared.clock());
            Javalin app = App.create(infra).start("127.0.0.1", 0);
            try {
                WebClient web = new WebClient("http://127.0.0.1:" + app.port());
                assertThat(web.get("/health").body()).contains("\"embedded\":{\"running\":true,\"restarts\":0}");
                long pid = redis.pid().orElseThrow();

                ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL, as the OOM killer sends

                await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(web.get("/health").body())
                                .contains("\"embedded\":{\"running\":true,\"restarts\":1,\"lastExit\":\""));
                assertThat(redis.pid()).isPresent().isNotEqualTo(Optional.of(pid));
                web.login(DemoFixture.USER, DemoFixture.PASSWORD);
                assertThat(web.get("/admin/").body()).contains("started again 1 time(s)");
            } finally {
                app.stop();
            }
        }
    }
}
