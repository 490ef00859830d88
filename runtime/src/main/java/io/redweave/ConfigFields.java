package io.redweave;

import io.redweave.internal.config.RedisAddress;
import java.time.Duration;
import java.util.List;

/**
 * The values of a {@link RedweaveConfig}, with their defaults: mutable inside a builder, a frozen
 * copy inside a configuration. Kept apart so that each setting is declared once.
 */
final class ConfigFields {

    RedweaveConfig.Topology topology = RedweaveConfig.Topology.SINGLE;
    List<String> redisUrls = List.of("redis://127.0.0.1:6379");
    String sentinelMaster;
    String password;
    Integer database;
    String keyPrefix = "";
    long version = 1;
    Ttl defaultTtl = Ttl.of(Duration.ofSeconds(300));
    KeyFunction keyFunction = KeyFunction.DEFAULT;
    ValueCodec codec;
    Duration timeout = Duration.ofSeconds(1);
    Duration connectTimeout = Duration.ofSeconds(1);
    int breakerFailures = 3;
    Duration breakerOpenFor = Duration.ofSeconds(5);
    RedweaveConfig.WeavingCheck weavingCheck = RedweaveConfig.WeavingCheck.WARN;
    RedweaveConfig.CounterWhenDown counterWhenDown = RedweaveConfig.CounterWhenDown.BUFFER;
    int counterBufferLimit = 100_000;

    ConfigFields copy() {
        ConfigFields c = new ConfigFields();
        c.topology = topology;
        c.redisUrls = redisUrls;
        c.sentinelMaster = sentinelMaster;
        c.password = password;
        c.database = database;
        c.keyPrefix = keyPrefix;
        c.version = version;
        c.defaultTtl = defaultTtl;
        c.keyFunction = keyFunction;
        c.codec = codec;
        c.timeout = timeout;
        c.connectTimeout = connectTimeout;
        c.breakerFailures = breakerFailures;
        c.breakerOpenFor = breakerOpenFor;
        c.weavingCheck = weavingCheck;
        c.counterWhenDown = counterWhenDown;
        c.counterBufferLimit = counterBufferLimit;
        return c;
    }

    /** The text of {@link RedweaveConfig#toString()}: never the password. */
    String describe(int resolvedDatabase, boolean hasPassword) {
        return String.format(
                "RedweaveConfig{topology=%s, redis=%s, database=%d, password=%s, keyPrefix='%s', version=%d,"
                        + " defaultTtl=%s, timeout=%s, breaker=%d failures/%s, counters when down=%s (limit %d)}",
                topology,
                redisUrls.stream().map(RedisAddress::redact).toList(),
                resolvedDatabase,
                hasPassword ? "****" : "none",
                keyPrefix,
                version,
                defaultTtl,
                timeout,
                breakerFailures,
                breakerOpenFor,
                counterWhenDown,
                counterBufferLimit);
    }
}
