package io.redweave.internal.count;

import io.redweave.RedisUnavailableException;
import io.redweave.RedweaveException;
import io.redweave.internal.redis.DegradedLog;

/**
 * Where the advice's increments go: straight to Redis, or into the buffer. An increment that Redis
 * cannot take is counted as degraded and then kept for the flusher (policy {@code BUFFER}) or dropped
 * (policy {@code DROP}); one that Redis refuses with an error is counted and dropped. Nothing here
 * throws to the advised method.
 */
final class Increments {

    private final CounterCommands commands;
    private final PendingIncrements pending;
    private final CounterFlusher flusher;
    private final boolean keepWhenDown;

    Increments(CounterCommands commands, PendingIncrements pending, CounterFlusher flusher, boolean keepWhenDown) {
        this.commands = commands;
        this.pending = pending;
        this.flusher = flusher;
        this.keepWhenDown = keepWhenDown;
    }

    /** Sends one counter increment (and the distinct value, when {@code uniqueKey} is set) now. */
    void count(String key, long by, String uniqueKey, String element, long ttlMillis, String where) {
        try {
            if (uniqueKey == null) {
                commands.incr(key, by, ttlMillis);
            } else {
                commands.incrAndAdd(key, by, uniqueKey, element, ttlMillis);
            }
        } catch (RedisUnavailableException e) {
            degraded("INCRBY", where, e);
            if (keepWhenDown) {
                buffer(key, by, uniqueKey, element, ttlMillis);
                flusher.retrySoon();
            }
        } catch (RedweaveException e) {
            degraded("INCRBY", where, e);
        }
    }

    /** Adds one counter increment to the buffer, for the next flush. */
    void buffer(String key, long by, String uniqueKey, String element, long ttlMillis) {
        pending.add(Target.counter(key, ttlMillis), by, 0);
        if (uniqueKey != null) {
            pending.add(Target.unique(uniqueKey, element, ttlMillis), 1, 0);
        }
    }

    /** Sends one board increment now. */
    void rank(String key, String member, double by, String where) {
        try {
            commands.zincr(key, member, by);
        } catch (RedisUnavailableException e) {
            degraded("ZINCRBY", where, e);
            if (keepWhenDown) {
                pending.add(Target.board(key, member), 0, by);
                flusher.retrySoon();
            }
        } catch (RedweaveException e) {
            degraded("ZINCRBY", where, e);
        }
    }

    /** Makes sure buffered increments are flushed at least every {@code millis}. */
    void flushEvery(long millis) {
        flusher.every(millis);
    }

    private void degraded(String command, String where, RedweaveException e) {
        DegradedLog log = commands.redis().degraded();
        log.record(
                command + " for " + where, e.getCause() == null && e instanceof RedisUnavailableException ? null : e);
    }
}
