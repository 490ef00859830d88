package io.redweave.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedweaveConfig;
import io.redweave.Ttl;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfigSourceTest {

    @Test
    void fromEnvironment_redweaveVariables_reachTheConfig() {
        RedweaveConfig c = RedweaveConfig.fromEnvironment(Map.of(
                "REDWEAVE_REDIS_URL", "redis://:s3cret@cache.internal:6380/2",
                "REDWEAVE_KEY_PREFIX", "shop",
                "REDWEAVE_VERSION", "3",
                "REDWEAVE_DEFAULT_TTL", "forever",
                "REDWEAVE_TIMEOUT", "250ms",
                "REDWEAVE_BREAKER_OPEN_FOR", "2s",
                "PATH", "/usr/bin"));
        assertThat(c.redisUrls()).containsExactly("redis://:s3cret@cache.internal:6380/2");
        assertThat(c.password()).isEqualTo("s3cret");
        assertThat(c.database()).isEqualTo(2);
        assertThat(c.keyPrefix()).isEqualTo("shop");
        assertThat(c.version()).isEqualTo(3);
        assertThat(c.defaultTtl()).isEqualTo(Ttl.FOREVER);
        assertThat(c.timeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(c.breakerOpenFor()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.breakerFailures()).isEqualTo(3);
    }

    @Test
    void fromProperties_clusterNodes_selectTheClusterTopology() {
        Properties p = new Properties();
        p.setProperty("redweave.redis.cluster-nodes", "redis://10.0.0.1:7000, redis://10.0.0.2:7000");
        p.setProperty("redweave.redis.password", "pw");
        RedweaveConfig c = RedweaveConfig.fromProperties(p);
        assertThat(c.topology()).isEqualTo(RedweaveConfig.Topology.CLUSTER);
        assertThat(c.redisUrls()).hasSize(2);
        assertThat(c.password()).isEqualTo("pw");
    }

    @Test
    void fromProperties_sentinel_needsTheMasterName() {
        Properties p = new Properties();
        p.setProperty("redweave.redis.sentinel-nodes", "redis://10.0.0.1:26379");
        assertThatThrownBy(() -> RedweaveConfig.fromProperties(p))
                .hasMessageContaining("redweave.redis.sentinel-nodes")
                .hasMessageContaining("master name");
        p.setProperty("redweave.redis.sentinel-master", "mymaster");
        assertThat(RedweaveConfig.fromProperties(p).sentinelMaster()).isEqualTo("mymaster");
    }

    @Test
    void fromProperties_badValue_namesTheKeyTheSourceAndTheFix() {
        Properties p = new Properties();
        p.setProperty("redweave.default-ttl", "5x");
        assertThatThrownBy(() -> RedweaveConfig.fromProperties(p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redweave.default-ttl (from properties)")
                .hasMessageContaining("\"5x\" has the unknown unit \"x\"; use ms, s, m, h or d, as in 5m");
    }

    @Test
    void toStringAndErrors_neverShowThePassword() {
        RedweaveConfig c = RedweaveConfig.builder()
                .redisUrl("redis://admin:s3cret@cache:6379")
                .build();
        assertThat(c.toString()).doesNotContain("s3cret").contains("****");
        assertThatThrownBy(() -> RedweaveConfig.builder().redisUrl("http://:s3cret@cache:6379"))
                .hasMessageNotContaining("s3cret")
                .hasMessageContaining("redis://");
        assertThat(RedisAddress.parse("redis://admin:s3cret@cache:6379").toString())
                .doesNotContain("s3cret");
    }

    @Test
    void keyPrefix_withSeparator_failsAtConfigurationTime() {
        assertThatThrownBy(() -> RedweaveConfig.builder().keyPrefix("a:b"))
                .hasMessageContaining("\"a:b\"")
                .hasMessageContaining("letters, digits");
    }

    @Test
    void propertyName_environmentTwins_mapAsDocumented() {
        assertThat(ConfigSource.propertyName("REDWEAVE_REDIS_CLUSTER_NODES")).isEqualTo("redweave.redis.cluster-nodes");
        assertThat(ConfigSource.propertyName("REDWEAVE_KEY_PREFIX")).isEqualTo("redweave.key-prefix");
        assertThat(ConfigSource.propertyName("REDWEAVE_BREAKER_FAILURES")).isEqualTo("redweave.breaker.failures");
    }
}
