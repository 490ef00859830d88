package io.redweave.internal.time;

/**
 * A nanosecond time source for measuring intervals: lock deadlines, lease caps, load times. The
 * system one reads {@link System#nanoTime()}; tests pass a fake one and move it, so that a wait ends
 * when the test says, not when a busy machine gets round to it.
 */
@FunctionalInterface
public interface Ticker {

    /** Nanoseconds from an arbitrary origin; only differences between two reads mean anything. */
    long read();

    /** {@link System#nanoTime()}. */
    static Ticker system() {
        return System::nanoTime;
    }
}
