package io.redweave.internal.redis;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs degraded calls at WARN without flooding the log: at most one line per interval, carrying the
 * number of degraded calls since the previous line. Every call is still counted.
 */
public final class DegradedLog {

    private static final Logger LOG = LoggerFactory.getLogger("io.redweave.degraded");

    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong sinceLastLine = new AtomicLong();
    private final AtomicLong nextLineAt;

    /** A log writing at most one line per {@code intervalNanos}. */
    public DegradedLog(long intervalNanos, LongSupplier nanoClock) {
        this.intervalNanos = intervalNanos;
        this.nanoClock = nanoClock;
        this.nextLineAt = new AtomicLong(nanoClock.getAsLong());
    }

    /** Counts one degraded call, and logs it when the interval allows. */
    public void record(String what, Throwable cause) {
        total.incrementAndGet();
        long pending = sinceLastLine.incrementAndGet();
        long now = nanoClock.getAsLong();
        long next = nextLineAt.get();
        if (now - next >= 0 && nextLineAt.compareAndSet(next, now + intervalNanos)) {
            sinceLastLine.addAndGet(-pending);
            LOG.warn(
                    "Redis degraded: {} ({}); {} degraded call(s) since the last report, {} in all",
                    what,
                    cause == null ? "circuit open" : cause.getMessage(),
                    pending,
                    total.get());
        }
    }

    /** Degraded calls since start. */
    public long total() {
        return total.get();
    }
}
