package io.redweave;

/**
 * Thrown by the low-level API when Redis cannot be reached within the configured timeout, or while
 * the circuit breaker is open. The annotations never let it reach their caller.
 */
public final class RedisUnavailableException extends RedweaveException {

    private static final long serialVersionUID = 1L;

    /** An exception describing the failed operation and its cause. */
    public RedisUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
