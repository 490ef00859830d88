package io.redweave.annotations;

/**
 * What a {@link Locked} or {@link StampedeLock} method does when Redis cannot be reached (down, too
 * slow, or skipped by the open circuit breaker).
 */
public enum WhenRedisDown {
    /**
     * Throw an exception naming the lock; the method does not run. The default of {@link Locked}:
     * running a critical section twice at once is worse than not running it.
     */
    FAIL,
    /**
     * Run the method without the fleet-wide lock, and count the call as degraded. The default of
     * {@link StampedeLock}: its method is a read that the cache would run anyway, and loads of one
     * key stay single within each JVM.
     */
    PROCEED
}
