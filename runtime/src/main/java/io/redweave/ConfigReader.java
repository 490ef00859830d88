package io.redweave;

import io.redweave.internal.config.ConfigSource;

/**
 * Applies one source of {@code redweave.*} settings to a builder. Each key is read here and nowhere
 * else; {@link ConfigSource} turns text into values and names the key and source in errors.
 */
final class ConfigReader {

    private ConfigReader() {}

    static void apply(ConfigSource source, RedweaveConfig.Builder b) {
        String sentinelMaster = source.get("redweave.redis.sentinel-master");
        source.with("redweave.redis.url", b::redisUrl);
        source.with("redweave.redis.cluster-nodes", v -> b.clusterNodes(ConfigSource.list(v)));
        source.with("redweave.redis.sentinel-nodes", v -> b.sentinel(sentinelMaster, ConfigSource.list(v)));
        source.with("redweave.redis.password", b::redisPassword);
        source.with("redweave.redis.database", v -> b.database(ConfigSource.number(v, Integer::parseInt)));
        source.with("redweave.key-prefix", b::keyPrefix);
        source.with("redweave.version", v -> b.version(ConfigSource.number(v, Long::parseLong)));
        source.with("redweave.default-ttl", v -> b.defaultTtl(Ttl.parse(v)));
        source.with("redweave.timeout", v -> b.timeout(ConfigSource.length(v)));
        source.with("redweave.connect-timeout", v -> b.connectTimeout(ConfigSource.length(v)));
        breaker(source, b);
        source.with(
                "redweave.weaving-check",
                v -> b.weavingCheck(ConfigSource.choice(v, RedweaveConfig.WeavingCheck.class)));
        source.with(
                "redweave.counter.when-down",
                v -> b.counterWhenDown(ConfigSource.choice(v, RedweaveConfig.CounterWhenDown.class)));
        source.with(
                "redweave.counter.buffer-limit", v -> b.counterBufferLimit(ConfigSource.number(v, Integer::parseInt)));
        source.with("redweave.codec", v -> b.codec(codec(v)));
        source.with("redweave.key-function", v -> b.keyFunction(ConfigSource.instance(v, KeyFunction.class)));
    }

    /** Either breaker key alone keeps the other half of the setting. */
    private static void breaker(ConfigSource source, RedweaveConfig.Builder b) {
        source.with("redweave.breaker.failures", v -> {
            RedweaveConfig current = b.build();
            b.circuitBreaker(ConfigSource.number(v, Integer::parseInt), current.breakerOpenFor());
        });
        source.with("redweave.breaker.open-for", v -> {
            RedweaveConfig current = b.build();
            b.circuitBreaker(current.breakerFailures(), ConfigSource.length(v));
        });
    }

    private static ValueCodec codec(String v) {
        return v.equalsIgnoreCase("json") ? JsonCodec.standard() : ConfigSource.instance(v, ValueCodec.class);
    }
}
