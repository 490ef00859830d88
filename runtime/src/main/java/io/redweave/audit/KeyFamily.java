package io.redweave.audit;

import java.util.List;

/**
 * One kind of key the application writes, merged over every module that declares it: a cache's
 * entries, a counter, the HyperLogLog of a {@code unique} counter, a leaderboard, a {@code @Locked}
 * lock or the load lock of a {@code @StampedeLock} cache.
 *
 * @param kind what writes it
 * @param name the cache, counter, board or lock name
 * @param redisType what Redis {@code TYPE} answers for its keys ({@code string} or {@code zset}; a
 *     HyperLogLog is a {@code string} to Redis)
 * @param keys its key patterns with the configured prefix and version filled in, such as {@code
 *     :1:musics:{id}}; every other {@code {...}} stands for a rendered, escaped value
 * @param lifetime how long its keys are declared to live
 * @param valueTypes a cache's declared value types (one, unless the modules disagree); empty for
 *     other kinds
 * @param modules the jars or class directories whose reports declare it
 */
public record KeyFamily(
        Kind kind,
        String name,
        String redisType,
        List<String> keys,
        Lifetime lifetime,
        List<String> valueTypes,
        List<String> modules) {

    public KeyFamily {
        keys = List.copyOf(keys);
        valueTypes = List.copyOf(valueTypes);
        modules = List.copyOf(modules);
    }

    /** What writes a family's keys. */
    public enum Kind {
        /** {@code @Cached} and {@code @CachePut} entries. */
        CACHE("cache"),
        /** {@code @Counter} figures. */
        COUNTER("counter"),
        /** The HyperLogLog of a {@code unique} counter's distinct values. */
        COUNTER_UNIQUE("counter-unique"),
        /** {@code @Ranked} leaderboards. */
        BOARD("board"),
        /** {@code @Locked} locks. */
        LOCK("lock"),
        /** The per-key load lock of a {@code @StampedeLock} cache. */
        STAMPEDE_LOCK("stampede-lock");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The kind as the report spells it: {@code cache}, {@code counter-unique}, {@code stampede-lock}. */
        public String label() {
            return label;
        }
    }

    /**
     * How long a family's keys are declared to live.
     *
     * @param declared as written, such as {@code 10m (+30s jitter)}, {@code never expires} or {@code
     *     lease 30s}
     * @param expires whether every writer gives its keys an expiry, so that a key without one is a
     *     finding
     * @param maxTtlMillis the longest TTL a fresh key can get (jitter and stale copies included), or
     *     -1 when some writer keeps keys forever
     */
    public record Lifetime(String declared, boolean expires, long maxTtlMillis) {}
}
