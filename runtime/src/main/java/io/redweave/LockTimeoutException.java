package io.redweave;

import java.time.Duration;

/**
 * Thrown when a caller could not take a lock within its wait: by an {@code @Locked} method whose
 * lock another caller held for the whole {@code waitFor}, and by an {@code @StampedeLock} method
 * with {@code onTimeout = FAIL} whose value another caller was still loading. The method did not run.
 *
 * <p>The message names the lock, the method and the wait, and says what to change. Not thrown when
 * Redis cannot be reached: that is a {@link RedisUnavailableException} (or an unlocked run) as the
 * annotation's {@code whenRedisDown} says.
 */
public final class LockTimeoutException extends RedweaveException {

    private static final long serialVersionUID = 1L;

    private final String lock;
    private final Duration waited;

    /**
     * An exception for {@code lock} after {@code waited}.
     *
     * @param message the full message, naming the lock, the method and the fix
     * @param lock the lock's Redis key
     * @param waited how long the caller waited
     */
    public LockTimeoutException(String message, String lock, Duration waited) {
        super(message);
        this.lock = lock;
        this.waited = waited;
    }

    /** The lock's Redis key, such as {@code app:lock:payout:42}. */
    public String lock() {
        return lock;
    }

    /** How long the caller waited before giving up. */
    public Duration waited() {
        return waited;
    }
}
