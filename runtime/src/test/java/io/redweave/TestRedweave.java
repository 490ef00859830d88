package io.redweave;

import io.redweave.testing.RedisServer;
import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Starts Redweave against a test server under a fresh key prefix, and removes that prefix's keys after. */
final class TestRedweave {

    private TestRedweave() {}

    static RedweaveConfig.Builder config(RedisServer redis) {
        RedweaveConfig.Builder b = RedweaveConfig.builder()
                .keyPrefix("t-" + UUID.randomUUID().toString().substring(0, 8))
                .timeout(Duration.ofSeconds(2))
                .weavingCheck(RedweaveConfig.WeavingCheck.OFF);
        return redis.isCluster() ? b.clusterNodes(redis.nodeUris()) : b.redisUrl(redis.uri());
    }

    static Redweave start(RedisServer redis) {
        return start(redis, UnaryOperator.identity());
    }

    static Redweave start(RedisServer redis, UnaryOperator<RedweaveConfig.Builder> customise) {
        return Redweave.start(customise.apply(config(redis)).build());
    }

    /** Deletes every key under the instance's prefix, then closes it. */
    static void cleanUpAndClose(Redweave redweave) {
        if (redweave == null) {
            return;
        }
        try {
            redweave.redisson().getKeys().deleteByPattern(redweave.config().keyPrefix() + ":*");
        } finally {
            redweave.close();
        }
    }
}
