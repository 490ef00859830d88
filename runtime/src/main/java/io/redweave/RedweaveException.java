package io.redweave;

/** The root of every exception that Redweave throws. */
public class RedweaveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message that names the problem and the fix. */
    public RedweaveException(String message) {
        super(message);
    }

    /** An exception with a message and its cause. */
    public RedweaveException(String message, Throwable cause) {
        super(message, cause);
    }
}
