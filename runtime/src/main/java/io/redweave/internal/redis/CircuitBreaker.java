package io.redweave.internal.redis;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Stops a dead Redis from adding a timeout to every call.
 *
 * <p>Closed: every call goes to Redis; {@code threshold} consecutive failures open it. Open: calls
 * skip Redis at once until {@code openFor} has passed. Half-open: exactly one call probes Redis; its
 * success closes the breaker, its failure opens it again for another {@code openFor}. Lock-free; the
 * clock is injectable so tests move time instead of sleeping.
 */
public final class CircuitBreaker {

    private final int threshold;
    private final long openNanos;
    private final LongSupplier nanoClock;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile long openUntil;
    private volatile boolean open;

    /** A breaker opening after {@code threshold} consecutive failures, for {@code openNanos}. */
    public CircuitBreaker(int threshold, long openNanos, LongSupplier nanoClock) {
        this.threshold = threshold;
        this.openNanos = openNanos;
        this.nanoClock = nanoClock;
    }

    /** Whether a call may go to Redis now. In the half-open state only one caller gets {@code true}. */
    public boolean allow() {
        if (!open) {
            return true;
        }
        if (nanoClock.getAsLong() - openUntil < 0) {
            return false;
        }
        return probing.compareAndSet(false, true);
    }

    /** Records a call that Redis answered. */
    public void success() {
        failures.set(0);
        if (open) {
            open = false;
            probing.set(false);
        }
    }

    /** Records a call that Redis did not answer in time. */
    public void failure() {
        if (open) {
            openUntil = nanoClock.getAsLong() + openNanos;
            probing.set(false);
            return;
        }
        if (failures.incrementAndGet() >= threshold) {
            openUntil = nanoClock.getAsLong() + openNanos;
            open = true;
        }
    }

    /** Whether the breaker currently skips Redis. */
    public boolean isOpen() {
        return open;
    }
}
