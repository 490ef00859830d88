package io.redweave;

/** Thrown by {@link Cache#incr}, {@link Cache#decr} and version moves when the key does not exist. */
public final class MissingKeyException extends RedweaveException {

    private static final long serialVersionUID = 1L;

    /** An exception naming the missing Redis key. */
    public MissingKeyException(String message) {
        super(message);
    }
}
