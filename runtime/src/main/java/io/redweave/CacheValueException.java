package io.redweave;

/**
 * A value could not be encoded for Redis: a programmer's mistake, reported with the method (or key)
 * and the cache so it can be fixed. Values that cannot be decoded are not errors: they are logged
 * and treated as a miss.
 */
public final class CacheValueException extends RedweaveException {

    private static final long serialVersionUID = 1L;

    /** An exception naming the cache, the method or key, and the cause. */
    public CacheValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
