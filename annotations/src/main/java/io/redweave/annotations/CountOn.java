package io.redweave.annotations;

/** Which completed calls a {@link Counter} or {@link Ranked} annotation counts. */
public enum CountOn {
    /** Calls that return normally. */
    SUCCESS,
    /** Calls that throw. */
    FAILURE,
    /** Every call, whether it returns or throws. */
    ALWAYS
}
