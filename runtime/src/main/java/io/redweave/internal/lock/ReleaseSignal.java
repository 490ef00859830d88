package io.redweave.internal.lock;

import io.redweave.RedweaveException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.redisson.api.RTopic;

/**
 * A subscription to one lock's release channel. A waiter takes {@link #next()} before it checks the
 * lock (or the cache), then waits on it: a release published between the check and the wait has
 * already completed that future, so no wake-up is lost and no fixed sleep is needed.
 */
final class ReleaseSignal implements AutoCloseable {

    private final RTopic topic;
    private final String key;
    private volatile int listenerId = -1;
    private CompletableFuture<Void> next = new CompletableFuture<>();

    ReleaseSignal(RTopic topic, String key) {
        this.topic = topic;
        this.key = key;
    }

    void listenerId(int id) {
        this.listenerId = id;
    }

    /** Called by Redisson for each release message. */
    synchronized void released() {
        CompletableFuture<Void> fired = next;
        next = new CompletableFuture<>();
        fired.complete(null);
    }

    /** A future that completes at the next release after this call. */
    synchronized CompletableFuture<Void> next() {
        return next;
    }

    /**
     * Waits until {@code wake} completes or {@code nanos} pass.
     *
     * @throws RedweaveException when the thread is interrupted (its interrupt flag is kept)
     */
    void await(CompletableFuture<Void> wake, long nanos) {
        try {
            wake.get(Math.max(nanos, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // a timeout is an ordinary end of the wait: the caller checks the lock again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedweaveException(String.format("interrupted while waiting for lock \"%s\"", key), e);
        }
    }

    /** Removes the listener; Redisson unsubscribes the channel once no listener is left. */
    @Override
    public void close() {
        int id = listenerId;
        if (id >= 0) {
            // fire and forget: a failure only leaves an idle listener that the next reconnect drops
            topic.removeListenerAsync(id);
        }
    }
}
