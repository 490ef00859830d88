package io.redweave.internal.count;

import io.redweave.internal.redis.RedisGateway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redisson.api.RBatch;
import org.redisson.api.RScript;
import org.redisson.client.codec.StringCodec;

/**
 * The Redis commands that counters and boards write with, one call or a pipelined batch at a time.
 * Every command goes through the {@link RedisGateway}; each script touches one key, so each is
 * Cluster-safe, and a batch is split by Redisson per node.
 */
final class CounterCommands {

    /**
     * INCRBY and the window in one script, so no client ever sees the key without its expiry. PTTL is
     * -1 exactly when the key has no expiry: the key this very call created, or one a window-less
     * increment or a PERSIST left without one. Checking "the new value equals the increment" instead
     * would miss a counter that an earlier increment and a negative one brought back to zero, and
     * would wrongly re-arm one whose value passed through it again.
     */
    static final String INCR_WINDOWED =
            """
            local value = redis.call('incrby', KEYS[1], ARGV[1])
            if redis.call('pttl', KEYS[1]) == -1 then redis.call('pexpire', KEYS[1], ARGV[2]) end
            return value
            """;

    /** PFADD and the window, with the same PTTL rule as {@link #INCR_WINDOWED}; ARGV[1] is the window. */
    static final String PFADD_WINDOWED =
            """
            local changed = redis.call('pfadd', KEYS[1], unpack(ARGV, 2))
            if redis.call('pttl', KEYS[1]) == -1 then redis.call('pexpire', KEYS[1], ARGV[1]) end
            return changed
            """;

    /** Values per PFADD: Lua's unpack is bounded by its C stack (about 8,000 values). */
    private static final int ELEMENTS_PER_PFADD = 1000;

    private final RedisGateway redis;

    CounterCommands(RedisGateway redis) {
        this.redis = redis;
    }

    RedisGateway redis() {
        return redis;
    }

    /** {@code INCRBY}, with the window when {@code ttlMillis >= 0}; returns the new value. */
    long incr(String key, long by, long ttlMillis) {
        if (ttlMillis < 0) {
            var counter = redis.client().getAtomicLong(key);
            return redis.call("INCRBY " + key, () -> counter.addAndGetAsync(by));
        }
        return redis.call("INCRBY " + key, () -> redis.client()
                .getScript(StringCodec.INSTANCE)
                .<Long>evalAsync(
                        key,
                        RScript.Mode.READ_WRITE,
                        INCR_WINDOWED,
                        RScript.ReturnType.INTEGER,
                        List.of(key),
                        by,
                        ttlMillis));
    }

    /** {@code INCRBY} of the counter and {@code PFADD} of the distinct value, in one round trip. */
    void incrAndAdd(String key, long by, String uniqueKey, String element, long ttlMillis) {
        RBatch batch = redis.client().createBatch();
        incr(batch, key, by, ttlMillis);
        add(batch, uniqueKey, List.of(element), ttlMillis);
        redis.call("INCRBY+PFADD " + key, batch::executeAsync);
    }

    /** {@code ZINCRBY}; returns the new score. */
    double zincr(String key, String member, double by) {
        var board = redis.client().<String>getScoredSortedSet(key, StringCodec.INSTANCE);
        return redis.call("ZINCRBY " + key, () -> board.addScoreAsync(member, by));
    }

    /** Sends taken sums in one pipelined batch: one command per counter and board member, one PFADD per key. */
    void send(List<PendingIncrements.Taken> sums) {
        RBatch batch = redis.client().createBatch();
        Map<Target, List<String>> elements = new LinkedHashMap<>();
        for (PendingIncrements.Taken t : sums) {
            Target target = t.target();
            switch (target.kind()) {
                case COUNTER -> incr(batch, target.key(), t.count(), target.ttlMillis());
                case BOARD -> batch.<String>getScoredSortedSet(target.key(), StringCodec.INSTANCE)
                        .addScoreAsync(target.member(), t.score());
                case UNIQUE -> elements.computeIfAbsent(
                                Target.unique(target.key(), null, target.ttlMillis()), k -> new ArrayList<>())
                        .add(target.member());
            }
        }
        elements.forEach((target, values) -> {
            for (int from = 0; from < values.size(); from += ELEMENTS_PER_PFADD) {
                add(
                        batch,
                        target.key(),
                        values.subList(from, Math.min(values.size(), from + ELEMENTS_PER_PFADD)),
                        target.ttlMillis());
            }
        });
        redis.call("flush of " + sums.size() + " buffered increment(s)", batch::executeAsync);
    }

    private static void incr(RBatch batch, String key, long by, long ttlMillis) {
        if (ttlMillis < 0) {
            batch.getAtomicLong(key).addAndGetAsync(by);
        } else {
            batch.getScript(StringCodec.INSTANCE)
                    .evalAsync(
                            key,
                            RScript.Mode.READ_WRITE,
                            INCR_WINDOWED,
                            RScript.ReturnType.INTEGER,
                            List.of(key),
                            by,
                            ttlMillis);
        }
    }

    private static void add(RBatch batch, String key, List<String> values, long ttlMillis) {
        if (ttlMillis < 0) {
            batch.<String>getHyperLogLog(key, StringCodec.INSTANCE).addAllAsync(values);
            return;
        }
        Object[] args = new Object[values.size() + 1];
        args[0] = ttlMillis;
        for (int i = 0; i < values.size(); i++) {
            args[i + 1] = values.get(i);
        }
        batch.getScript(StringCodec.INSTANCE)
                .evalAsync(
                        key, RScript.Mode.READ_WRITE, PFADD_WINDOWED, RScript.ReturnType.INTEGER, List.of(key), args);
    }
}
