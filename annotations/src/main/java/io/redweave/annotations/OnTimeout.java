package io.redweave.annotations;

/** What a {@link StampedeLock} waiter does when its wait runs out. */
public enum OnTimeout {
    /** Run the method itself and return its result. */
    LOAD,
    /** Throw an exception that names the cache and key. */
    FAIL,
    /** Return the last value kept past its expiry, or load when there is none. */
    STALE
}
