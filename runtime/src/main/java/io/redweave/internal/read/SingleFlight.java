package io.redweave.internal.read;

import io.redweave.RedweaveException;
import io.redweave.internal.time.Ticker;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One load per key inside this JVM: the first caller for a key leads and runs the work; callers that
 * arrive while it runs join and get its outcome, the value or the very exception it threw. A joiner
 * waits at most its own bound and then runs its timeout action instead.
 */
final class SingleFlight {

    private final ConcurrentHashMap<String, CompletableFuture<Object>> flights = new ConcurrentHashMap<>();
    private final Ticker ticker;

    SingleFlight(Ticker ticker) {
        this.ticker = ticker;
    }

    /**
     * Leads or joins the flight for {@code key}.
     *
     * @param waitNanos how long a joiner waits for the leader, as the ticker counts
     * @param lead the work, run by the leader only
     * @param joinerTimedOut what a joiner returns when the leader takes longer than {@code waitNanos}
     */
    Object run(String key, long waitNanos, Work lead, Work joinerTimedOut) throws Throwable {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = flights.putIfAbsent(key, mine);
        if (running == null) {
            try {
                Object value = lead.run();
                mine.complete(value);
                return value;
            } catch (Throwable t) {
                mine.completeExceptionally(t);
                throw t;
            } finally {
                flights.remove(key, mine);
            }
        }
        long deadline = ticker.read() + waitNanos;
        try {
            for (long left = waitNanos; left > 0; left = deadline - ticker.read()) {
                try {
                    return running.get(left, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // the ticker decides whether the wait is over
                }
            }
            return joinerTimedOut.run();
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedweaveException(String.format("interrupted while waiting for the load of %s", key), e);
        }
    }

    /** Loads in flight now (for tests and diagnostics). */
    int size() {
        return flights.size();
    }

    /** Work that may throw anything the advised method throws. */
    @FunctionalInterface
    interface Work {
        Object run() throws Throwable;
    }
}
