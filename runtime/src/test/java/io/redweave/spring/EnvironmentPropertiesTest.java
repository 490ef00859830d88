package io.redweave.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import io.redweave.spring.proxied.ClassCatalog;
import io.redweave.spring.woven.WovenCatalog;
import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNodes;
import org.redisson.config.Config;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** {@code redweave.*} properties of the Spring Environment reach the runtime and show in Redis. */
class EnvironmentPropertiesTest {

    private static final String PASSWORD = "s3cret-pw";

    private static RedisServer redis;

    @Configuration
    @EnableRedweave
    static class AppConfig {
        @Bean
        WovenCatalog wovenCatalog() {
            return new WovenCatalog();
        }

        @Bean
        ClassCatalog classCatalog() {
            return new ClassCatalog();
        }
    }

    /** A private server that refuses clients without the password. */
    @BeforeAll
    static void startRedisWithPassword() {
        redis = RedisServers.startDedicated();
        Config config = new Config();
        config.useSingleServer().setAddress(redis.uri());
        RedissonClient admin = Redisson.create(config);
        try {
            admin.getRedisNodes(RedisNodes.SINGLE).getInstance().setConfig("requirepass", PASSWORD);
        } finally {
            admin.shutdown();
        }
    }

    @AfterAll
    static void stopRedis() {
        redis.stop();
    }

    private static String urlWithPassword() {
        return redis.uri().replace("redis://", "redis://:" + PASSWORD + "@");
    }

    @Test
    void properties_prefixVersionTtlAndPasswordUrl_reachTheRuntimeAndTheKeys() {
        Map<String, Object> properties = Map.of(
                "redweave.redis.url", urlWithPassword(),
                "redweave.key-prefix", "shop",
                "redweave.version", "${app.cache-version}",
                "app.cache-version", "7",
                "redweave.default-ttl", "90s",
                "redweave.counter.when-down", "drop");

        try (AnnotationConfigApplicationContext context = SpringContexts.start(properties, AppConfig.class)) {
            RedweaveConfig config = context.getBean(Redweave.class).config();
            context.getBean(WovenCatalog.class).find("p1");
            context.getBean(ClassCatalog.class).find("p1");

            assertThat(config.keyPrefix()).isEqualTo("shop");
            assertThat(config.version()).isEqualTo(7);
            assertThat(config.defaultTtl().toMillis()).isEqualTo(90_000);
            assertThat(config.password()).isEqualTo(PASSWORD);
            assertThat(config.counterWhenDown()).isEqualTo(RedweaveConfig.CounterWhenDown.DROP);
            RedisProbe probe = new RedisProbe(context.getBean(RedissonClient.class));
            assertThat(probe.get("shop:7:woven:p1")).isEqualTo("\"item-p1\"");
            assertThat(probe.get("shop:7:class:p1")).isEqualTo("\"item-p1\"");
            assertThat(probe.ttl("shop:7:woven:p1")).isBetween(Duration.ofSeconds(80), Duration.ofSeconds(90));
        }
    }

    @Test
    void properties_environmentVariableSpelling_isFoundByName() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new SystemEnvironmentPropertySource(
                            "variables",
                            Map.of("REDWEAVE_REDIS_URL", urlWithPassword(), "REDWEAVE_KEY_PREFIX", "from-env")));
            context.register(AppConfig.class);
            context.refresh();

            context.getBean(WovenCatalog.class).find("e1");

            assertThat(context.getBean(Redweave.class).config().keyPrefix()).isEqualTo("from-env");
            assertThat(new RedisProbe(context.getBean(RedissonClient.class)).exists("from-env:1:woven:e1"))
                    .isTrue();
        }
    }

    @Test
    void properties_invalidValue_failsTheContextNamingTheProperty() {
        Map<String, Object> properties = Map.of("redweave.redis.url", urlWithPassword(), "redweave.default-ttl", "5x");

        assertThatThrownBy(
                        () -> SpringContexts.start(properties, AppConfig.class).close())
                .hasStackTraceContaining("redweave.default-ttl (from the Spring Environment) is not valid")
                .hasStackTraceContaining("\"5x\" has the unknown unit \"x\"; use ms, s, m, h or d");
        assertThat(Redweave.current()).isEmpty();
    }
}
