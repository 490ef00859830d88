package io.redweave.internal.read;

import io.redweave.annotations.Cached;
import io.redweave.annotations.OnTimeout;
import io.redweave.annotations.StampedeLock;
import io.redweave.annotations.WhenRedisDown;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Woven {@code @StampedeLock} methods for the in-JVM tests. Each load counts itself and then runs
 * {@link #duringLoad}, which a test sets to hold, fail or slow the load.
 */
public class StampedeService {

    final AtomicInteger loads = new AtomicInteger();
    final AtomicInteger loading = new AtomicInteger();
    volatile Load duringLoad = n -> {};

    private String load(String name) throws Exception {
        loading.incrementAndGet();
        try {
            int n = loads.incrementAndGet();
            duringLoad.run(n);
            return name + "-" + n;
        } finally {
            loading.decrementAndGet();
        }
    }

    @Cached(name = "menu", key = "{day}", ttl = "1m")
    @StampedeLock(waitFor = "1m")
    public String menu(String day) throws Exception {
        return load("menu");
    }

    @Cached(name = "quote", key = "q", ttl = "1m")
    @StampedeLock(waitFor = "300ms", onTimeout = OnTimeout.FAIL)
    public String quoteOrFail() throws Exception {
        return load("quote");
    }

    @Cached(name = "quote", key = "q", ttl = "1m")
    @StampedeLock(waitFor = "300ms", onTimeout = OnTimeout.LOAD)
    public String quoteOrLoad() throws Exception {
        return load("quote");
    }

    @Cached(name = "price", key = "p", ttl = "10s")
    @StampedeLock(waitFor = "300ms", onTimeout = OnTimeout.STALE)
    public String priceOrStale() throws Exception {
        return load("price");
    }

    @Cached(name = "rate", key = "r", ttl = "10s")
    @StampedeLock(staleIfError = true)
    public String rate() throws Exception {
        return load("rate");
    }

    @Cached(name = "feed", key = "f", ttl = "10s")
    @StampedeLock(refreshAhead = "2s")
    public String feed() throws Exception {
        return load("feed");
    }

    @Cached(name = "board", key = "b", ttl = "10s")
    @StampedeLock(earlyRefresh = true)
    public String board() throws Exception {
        return load("board");
    }

    @Cached(name = "stock", key = "s", ttl = "1m")
    @StampedeLock(whenRedisDown = WhenRedisDown.FAIL)
    public String stockOrFail() throws Exception {
        return load("stock");
    }

    @Cached(name = "stock", key = "s", ttl = "1m")
    @StampedeLock
    public String stock() throws Exception {
        return load("stock");
    }

    @StampedeLock
    public String notCached() {
        return "never";
    }

    /** What a load does after counting itself; {@code n} is its number. */
    @FunctionalInterface
    interface Load {
        void run(int n) throws Exception;
    }
}
