package io.redweave.demo.ops;

import static io.redweave.demo.support.DemoFixture.AUTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import io.redweave.demo.support.Metrics;
import io.redweave.demo.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Redis stops under the running demo: every page answers from the database, then all recovers. */
@ExtendWith(DemoExtension.class)
class RedisStoppedTest {

    private static final String V1 = "application/json;version=1.0";

    @Test
    void redisStopped_everyPageAnswersFromTheDatabase_andRecoversWhenRedisReturns(DemoFixture demo) {
        WebClient web = demo.client();
        WebClient admin = demo.client();
        admin.login(DemoFixture.USER, DemoFixture.PASSWORD);
        String cached =
                web.get("/api/musics/", "Authorization", AUTH, "Accept", V1).body();
        web.get("/images/3/");
        demo.redis().stop();
        try {
            HttpResponse<String> gallery = web.get("/images/");
            assertThat(gallery.statusCode()).isEqualTo(200);
            assertThat(gallery.body()).contains("View Count : unavailable").contains("picture_65.svg");
            assertThat(gallery.body()).contains("The board is unavailable").doesNotContain("No clicks yet");
            HttpResponse<String> picture = web.get("/images/3/");
            assertThat(picture.statusCode()).isEqualTo(200);
            assertThat(picture.body()).contains("Click rate : unavailable");
            assertThat(web.get("/images/99999/").statusCode()).isEqualTo(404);

            HttpResponse<String> list = web.get("/api/musics/", "Authorization", AUTH, "Accept", V1);
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).isEqualTo(cached);
            assertThat(web.get("/api/musics/", "Authorization", AUTH).statusCode())
                    .isEqualTo(200);
            assertThat(web.get("/api/musics/2/", "Authorization", AUTH).statusCode())
                    .isEqualTo(200);

            HttpResponse<String> login = web.get("/admin/login/");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(admin.get("/admin/").statusCode()).isEqualTo(302);
            HttpResponse<String> bySession = admin.get("/api/musics/2/");
            assertThat(bySession.statusCode()).isEqualTo(503);
            assertThat(bySession.headers().firstValue("Retry-After")).isPresent();
            assertThat(bySession.body()).contains("Sessions are kept in Redis");

            HttpResponse<String> health = web.get("/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).startsWith("{\"status\":\"DEGRADED\"").contains("\"redis\":{\"status\":\"DOWN\"");
            // unauthenticated: nothing of the client's internals (ports, connection ids, advice)
            assertThat(health.body())
                    .doesNotContain(String.valueOf(demo.redis().port()))
                    .doesNotContain("127.0.0.1")
                    .doesNotContain("Exception")
                    .doesNotContain("CPU");
            assertThat(Metrics.value(web, "redweave_degraded_calls_total")).isPositive();
        } finally {
            demo.redis().startAgain();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(web.get("/health").body()).startsWith("{\"status\":\"UP\"");
            long hits = Metrics.value(web, "redweave_cache_hits_total{cache=\"musics\"}");
            web.get("/api/musics/", "Authorization", AUTH, "Accept", V1);
            web.get("/api/musics/", "Authorization", AUTH, "Accept", V1);
            assertThat(Metrics.value(web, "redweave_cache_hits_total{cache=\"musics\"}"))
                    .isGreaterThan(hits);
            assertThat(web.get("/images/").body()).doesNotContain("unavailable");
        });
    }
}
