package io.redweave.annotations;

/** What a {@link Locked} or {@link StampedeLock} method does when Redis cannot be reached. */
public enum WhenRedisDown {
    /** Throw an exception naming the lock; the method does not run. The safe default for locks. */
    FAIL,
    /** Run the method without the lock, and count the call as degraded. */
    PROCEED
}
