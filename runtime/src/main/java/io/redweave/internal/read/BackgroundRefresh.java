package io.redweave.internal.read;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs early refreshes, at most one per key in this JVM at a time. Stale-while-revalidate refreshes
 * run on a few daemon threads so that no caller waits for them; when all of them are busy a refresh
 * is skipped, the current value keeps being served, and a later hit asks again.
 */
final class BackgroundRefresh implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundRefresh.class);
    private static final int THREADS = 8;

    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor executor;

    BackgroundRefresh() {
        AtomicInteger n = new AtomicInteger();
        executor = new ThreadPoolExecutor(0, THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
            Thread t = new Thread(runnable, "redweave-refresh-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Claims {@code key} for one refresh in this JVM; false when one already runs. */
    boolean claim(String key) {
        return claimed.add(key);
    }

    /** Ends the claim on {@code key}. */
    void unclaim(String key) {
        claimed.remove(key);
    }

    /** Runs {@code refresh} in the background unless {@code key} is already being refreshed here. */
    void submit(String key, Runnable refresh) {
        if (!claim(key)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    refresh.run();
                } finally {
                    unclaim(key);
                }
            });
        } catch (RejectedExecutionException e) {
            unclaim(key);
            LOG.debug("Background refresh of {} skipped: all {} refresh threads are busy", key, THREADS);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
