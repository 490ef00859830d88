package io.redweave.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.examples.ExampleProject.AppRun;
import io.redweave.examples.ExampleProject.MavenOutput;
import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.resps.Slowlog;

/**
 * {@code examples/spring}: docs/spring.md's complete example, proxied by Spring (not woven), against
 * a Redis that requires the password of its {@code application.properties}.
 */
class SpringExampleIT {

    private static final String PASSWORD = "s3cret";
    private static final String MUSIC_KEY = "shop:1:musics:42";

    private static RedisServer redis;
    private static Jedis jedis;
    private static MavenOutput build;
    private static AppRun run;
    private static List<List<String>> commands;

    @BeforeAll
    static void buildAndRunTheExample() {
        redis = RedisServers.startDedicated();
        jedis = new Jedis(URI.create(redis.uri()));
        jedis.configSet("requirepass", PASSWORD);
        jedis.auth(PASSWORD);
        // every command goes to the slow log with its arguments: what MONITOR would show
        jedis.configSet("slowlog-log-slower-than", "0");
        jedis.configSet("slowlog-max-len", "10000");

        ExampleProject project = ExampleProject.copy("spring", "spring");
        build = project.build("process-classes");
        jedis.slowlogReset();
        // application.properties names 127.0.0.1:6379; a system property comes first in Spring's order
        String url = redis.uri().replace("redis://", "redis://:" + PASSWORD + "@") + "/0";
        run = project.run("com.example.shop.ShopConfig", List.of("-Dredweave.redis.url=" + url), Map.of());
        commands = commandsSinceReset();
    }

    @AfterAll
    static void stopRedis() {
        jedis.close();
        redis.stop();
    }

    @Test
    void build_withTheSpringPom_succeedsWithoutAnyWarning() {
        assertThat(build.exitCode()).as(build.text()).isZero();
        assertThat(build.warnings()).as(build.text()).isEmpty();
    }

    @Test
    void main_twoCallsThenRename_loadsOnceAndEvictsAfterTheCommit() {
        assertThat(run.exitCode()).as("%s%n%s", run.stdout(), run.stderr()).isZero();
        assertThat(run.stdout().lines()).containsExactly("Blue in Green", "Blue in Green");

        List<List<String>> onMusic =
                commands.stream().filter(c -> c.contains(MUSIC_KEY)).toList();
        // miss (GET, then the one store, 10 minutes), hit (GET alone), rename (DEL)
        assertThat(onMusic).extracting(c -> c.get(0).toUpperCase()).containsExactly("GET", "PSETEX", "GET", "DEL");
        assertThat(onMusic.get(1)).containsSubsequence(MUSIC_KEY, "600000");
    }

    @Test
    void main_cacheSet_storesGreetingWithTheDefaultTtl() {
        assertThat(run.exitCode()).as("%s%n%s", run.stdout(), run.stderr()).isZero();

        assertThat(jedis.keys("*")).containsExactly("shop:1:greeting");
        assertThat(jedis.get("shop:1:greeting")).isEqualTo("\"hello\"");
        assertThat(jedis.pttl("shop:1:greeting")).isBetween(290_000L, 300_000L);
    }

    /** The commands Redis ran since the slow log was reset, oldest first, each as its arguments. */
    private static List<List<String>> commandsSinceReset() {
        List<List<String>> all = new ArrayList<>();
        for (Slowlog entry : jedis.slowlogGet(10_000)) {
            all.add(0, entry.getArgs());
        }
        return all;
    }
}
