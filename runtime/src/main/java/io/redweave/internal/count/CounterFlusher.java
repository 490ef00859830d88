package io.redweave.internal.count;

import io.redweave.RedisUnavailableException;
import io.redweave.RedweaveException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link PendingIncrements} to Redis: on a schedule (one flush per configured buffer interval,
 * and every second while increments wait for Redis to come back), on demand, and once more on close.
 *
 * <p>One daemon thread per runtime, started only when something is first buffered. Flushes are
 * serialised, so a sum is never in flight twice. A flush that Redis cannot take puts its sums back
 * (policy {@code BUFFER}) or drops them (policy {@code DROP}); a sum that Redis refuses with an error
 * (the key holds a string, say) is dropped and logged, since resending would fail the same way.
 */
final class CounterFlusher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CounterFlusher.class);

    /** How often sums waiting for Redis are retried; an open breaker skips retries cheaply meanwhile. */
    static final long RETRY_MILLIS = 1000;

    /** Sums per pipelined batch: bounds the memory of one batch and the work lost to one failure. */
    private static final int SUMS_PER_BATCH = 1000;

    private final PendingIncrements pending;
    private final CounterCommands commands;
    private final boolean keepWhenDown;
    private final ConcurrentHashMap<Long, Object> intervals = new ConcurrentHashMap<>();
    private final Object schedulerLock = new Object();
    private ScheduledExecutorService scheduler;
    private volatile boolean closed;
    private long droppedReported;
    private boolean failing;

    CounterFlusher(PendingIncrements pending, CounterCommands commands, boolean keepWhenDown) {
        this.pending = pending;
        this.commands = commands;
        this.keepWhenDown = keepWhenDown;
    }

    /** Makes sure everything pending is flushed at least every {@code millis}. */
    void every(long millis) {
        if (closed || intervals.containsKey(millis)) {
            return;
        }
        try {
            intervals.computeIfAbsent(
                    millis, m -> scheduler().scheduleWithFixedDelay(this::flushLogged, m, m, TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException e) {
            // closed meanwhile: close() flushes one last time, and nothing is scheduled after it
        }
    }

    /** Makes sure sums that Redis could not take are retried. */
    void retrySoon() {
        every(RETRY_MILLIS);
    }

    /**
     * Sends everything pending now.
     *
     * @return the number of entries still pending afterwards (those Redis could not take)
     */
    synchronized int flush() {
        List<PendingIncrements.Taken> sums = pending.drain();
        for (int from = 0; from < sums.size(); from += SUMS_PER_BATCH) {
            List<PendingIncrements.Taken> chunk = sums.subList(from, Math.min(sums.size(), from + SUMS_PER_BATCH));
            try {
                commands.send(chunk);
                recovered(chunk.size());
            } catch (RedisUnavailableException e) {
                unsent(sums.subList(from, sums.size()), e);
                break;
            } catch (RedweaveException e) {
                LOG.error(
                        "Redis refused {} buffered increment(s), which are dropped: {}", chunk.size(), e.getMessage());
            }
        }
        reportDropped();
        return pending.waiting();
    }

    /** Stops the schedule and flushes once more; what Redis cannot take then is lost and logged. */
    @Override
    public void close() {
        closed = true;
        synchronized (schedulerLock) {
            if (scheduler != null) {
                // not shutdownNow: interrupting a flush in flight would fail it; flush() waits for it
                scheduler.shutdown();
            }
        }
        flush();
        List<PendingIncrements.Taken> left = pending.drain();
        if (!left.isEmpty()) {
            LOG.warn(
                    "Redweave closed with {} buffered increment(s) that Redis did not take; they are lost",
                    left.size());
        }
    }

    /**
     * A flush is not a call, so it is not counted as degraded (the calls were, when they failed); it is
     * logged once when flushing starts to fail, and once when it works again.
     */
    private void unsent(List<PendingIncrements.Taken> rest, RedisUnavailableException e) {
        boolean keep = keepWhenDown && !closed;
        if (keep) {
            pending.restore(rest);
            retrySoon();
        }
        if (!keep || !failing) {
            LOG.warn(
                    "Redis is unreachable ({}); {} buffered increment(s) {}",
                    e.getMessage(),
                    rest.size(),
                    keep ? "kept and retried every second" : "dropped");
        }
        failing = true;
    }

    private void recovered(int sent) {
        if (failing) {
            failing = false;
            LOG.info("Redis answers again; buffered increments are being sent ({} in this batch)", sent);
        }
    }

    private void reportDropped() {
        long dropped = pending.dropped();
        if (dropped != droppedReported) {
            LOG.warn(
                    "{} increment(s) dropped because the counter buffer is full ({} entries); raise"
                            + " redweave.counter.buffer-limit or bring Redis back",
                    dropped - droppedReported,
                    pending.size());
            droppedReported = dropped;
        }
    }

    private void flushLogged() {
        try {
            flush();
        } catch (RuntimeException e) {
            // keep the schedule alive: an unexpected failure must not stop later flushes
            LOG.error("Flushing buffered increments failed", e);
        }
    }

    private ScheduledExecutorService scheduler() {
        synchronized (schedulerLock) {
            if (scheduler == null) {
                ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, r -> {
                    Thread t = new Thread(r, "redweave-counter-flusher");
                    t.setDaemon(true);
                    return t;
                });
                s.setRemoveOnCancelPolicy(true);
                scheduler = s;
            }
            return scheduler;
        }
    }
}
