package io.redweave.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.examples.ExampleProject.AppRun;
import io.redweave.examples.ExampleProject.MavenOutput;
import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * {@code examples/ltw}: getting-started's load-time weaving, no weaver in the build, the AspectJ
 * agent and {@code META-INF/aop.xml} at run time.
 */
class LoadTimeWeavingExampleIT {

    private static final String APP = "com.example.App";

    private static RedisServer redis;
    private static Jedis jedis;
    private static ExampleProject project;
    private static MavenOutput build;

    @BeforeAll
    static void buildTheExample() {
        redis = RedisServers.startDedicated();
        jedis = new Jedis(URI.create(redis.uri()));
        project = ExampleProject.copy("ltw", "ltw");
        build = project.build("process-classes");
    }

    @AfterAll
    static void stopRedis() {
        jedis.close();
        redis.stop();
    }

    @BeforeEach
    void emptyRedis() {
        jedis.flushAll();
    }

    @Test
    void build_withTheLtwPom_succeedsWithoutAnyWarning() {
        assertThat(build.exitCode()).as(build.text()).isZero();
        assertThat(build.warnings()).as(build.text()).isEmpty();
    }

    @Test
    void main_withTheAgent_runsGreetOnceAndStoresItsKeyForTenMinutes() {
        AppRun run = run(List.of("-javaagent:" + System.getProperty("examples.weaverAgent")));

        assertThat(run.stdout().lines()).containsExactly("Hello, Ada!", "Hello, Ada!", "greet ran 1 time(s)");
        // the agent weaves quietly: no weaver message, no start-up error
        assertThat(run.stderr()).doesNotContain("not woven", "AspectJ", "warning");
        assertThat(jedis.keys("*")).containsExactly(":1:greetings:Ada");
        assertThat(jedis.pttl(":1:greetings:Ada")).isBetween(590_000L, 600_000L);
    }

    @Test
    void main_withoutTheAgent_namesTheUnwovenClassAtStartUp() {
        AppRun run = run(List.of());

        assertThat(run.stderr())
                .contains("1 class(es) carry Redweave annotations but were not woven")
                .contains("com.example.App$Greeter");
        assertThat(run.stdout()).contains("greet ran 2 time(s)");
        assertThat(jedis.keys("*")).isEmpty();
    }

    private static AppRun run(List<String> jvmOptions) {
        AppRun run = project.run(APP, jvmOptions, Map.of("REDWEAVE_REDIS_URL", redis.uri()));
        assertThat(run.exitCode()).as("%s%n%s", run.stdout(), run.stderr()).isZero();
        return run;
    }
}
