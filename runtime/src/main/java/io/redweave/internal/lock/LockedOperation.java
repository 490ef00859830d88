package io.redweave.internal.lock;

import io.redweave.LockTimeoutException;
import io.redweave.RedisUnavailableException;
import io.redweave.annotations.WhenRedisDown;
import io.redweave.internal.key.KeyTemplate;
import io.redweave.internal.redis.DegradedLog;
import io.redweave.internal.tx.Transactions;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One {@code @Locked} method, compiled once: render the lock key, take the lock (waiting for a
 * release, never polling), run the method, release. Reentrant per thread: a nested call for a lock
 * this thread already holds runs at once, and only the outermost call releases. Inside a Spring
 * transaction the release waits for the transaction to end, so no other caller enters before the
 * work done under the lock is committed; a later call in the same transaction re-enters.
 */
public final class LockedOperation {

    /** The locks this thread holds through {@code @Locked}, for reentrancy. */
    private static final ThreadLocal<Set<String>> HELD = ThreadLocal.withInitial(HashSet::new);

    private final String where;
    private final String name;
    private final KeyTemplate key;
    private final LeaseTerms terms;
    private final long waitMillis;
    private final WhenRedisDown whenRedisDown;
    private final RedisLocks locks;
    private final DegradedLog degraded;

    LockedOperation(
            String where,
            String name,
            KeyTemplate key,
            LeaseTerms terms,
            long waitMillis,
            WhenRedisDown whenRedisDown,
            RedisLocks locks,
            DegradedLog degraded) {
        this.where = where;
        this.name = name;
        this.key = key;
        this.terms = terms;
        this.waitMillis = waitMillis;
        this.whenRedisDown = whenRedisDown;
        this.locks = locks;
        this.degraded = degraded;
    }

    /** The lock key for one call's arguments. */
    public String lockKey(Object[] args) {
        return locks.keyOf(name, key == null ? "" : key.render(args, null));
    }

    /**
     * Runs {@code body} under the lock.
     *
     * @throws LockTimeoutException when the lock stayed taken for the whole wait
     * @throws RedisUnavailableException when Redis cannot be reached and the policy is {@code FAIL}
     */
    public Object invoke(Object[] args, Body body) throws Throwable {
        String lockKey = lockKey(args);
        Set<String> held = HELD.get();
        if (held.contains(lockKey)) {
            return body.run();
        }
        Lease lease;
        try {
            lease = locks.<Object>acquire(lockKey, terms, TimeUnit.MILLISECONDS.toNanos(waitMillis), () -> null)
                    .lease();
        } catch (RedisUnavailableException e) {
            return redisDown(lockKey, e, body);
        }
        if (lease == null) {
            throw new LockTimeoutException(
                    String.format(
                            "%s: lock \"%s\" was still held by another caller after waiting %d ms; the method did"
                                    + " not run. Raise waitFor, or shorten the work done under the lock",
                            where, lockKey, waitMillis),
                    lockKey,
                    Duration.ofMillis(waitMillis));
        }
        held.add(lockKey);
        try {
            return body.run();
        } finally {
            // inside a transaction the lock outlives the commit (or rollback) of the work done under it
            Transactions.afterCompletion(() -> {
                held.remove(lockKey);
                lease.release();
            });
        }
    }

    private Object redisDown(String lockKey, RedisUnavailableException e, Body body) throws Throwable {
        if (whenRedisDown == WhenRedisDown.FAIL) {
            throw new RedisUnavailableException(
                    String.format(
                            "%s: lock \"%s\" cannot be taken because Redis is unreachable (%s); the method did not"
                                    + " run. Set whenRedisDown = PROCEED to run it unlocked while Redis is down",
                            where, lockKey, e.getMessage()),
                    e);
        }
        degraded.record("lock " + lockKey + " for " + where + " (ran unlocked)", e.getCause() == null ? null : e);
        return body.run();
    }

    /** The advised method. */
    @FunctionalInterface
    public interface Body {
        /** Runs the method. */
        Object run() throws Throwable;
    }
}
