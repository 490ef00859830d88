package io.redweave;

import io.redweave.fixtures.TestRuntimes;
import io.redweave.testing.RedisServer;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Starts Redweave against a test server under a fresh key prefix, and removes that prefix's keys after. */
final class TestRedweave {

    private TestRedweave() {}

    /**
     * The shared test configuration with a longer command timeout: a counter test asserts exact totals,
     * and an increment that timed out on a busy machine would be buffered and could be applied twice.
     */
    static RedweaveConfig.Builder config(RedisServer redis) {
        return TestRuntimes.config(redis).timeout(Duration.ofSeconds(2));
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
