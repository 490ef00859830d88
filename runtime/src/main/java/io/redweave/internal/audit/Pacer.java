package io.redweave.internal.audit;

import java.util.function.LongSupplier;

/**
 * Spaces calls so that no more than a given number start in any second: the audit's bound on the
 * load it adds. Calls that run slower than the rate are never delayed further, and time lost to a
 * slow call is not made up by a burst afterwards. Not thread-safe: one audit, one thread.
 */
final class Pacer {

    /** Waits; the real one parks the thread, tests pass one that moves a fake clock. */
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private long last = Long.MIN_VALUE;

    /** At most {@code perSecond} calls a second; 0 means no bound. */
    Pacer(double perSecond, LongSupplier nanoTime, Sleeper sleeper) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (1e9 / perSecond);
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    static Pacer of(double perSecond) {
        return new Pacer(perSecond, System::nanoTime, nanos -> java.util.concurrent.TimeUnit.NANOSECONDS.sleep(nanos));
    }

    /** Returns when the next call may start. */
    void await() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (last != Long.MIN_VALUE) {
            long due = last + intervalNanos;
            if (now < due) {
                sleeper.sleep(due - now);
                now = due;
            }
        }
        last = now;
    }
}
