package io.redweave.internal.metrics;

import io.redweave.CacheStats;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/** Contention-free counters for one cache. */
public final class CacheMetrics {

    private final String name;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder loads = new LongAdder();
    private final LongAdder loadNanos = new LongAdder();
    private final LongAdder errors = new LongAdder();

    /** Counters for the cache {@code name}. */
    public CacheMetrics(String name) {
        this.name = name;
    }

    /** The cache name. */
    public String name() {
        return name;
    }

    /** Counts a hit. */
    public void hit() {
        hits.increment();
    }

    /** Counts a miss. */
    public void miss() {
        misses.increment();
    }

    /** Counts a load that took {@code nanos}. */
    public void load(long nanos) {
        loads.increment();
        loadNanos.add(nanos);
    }

    /** Counts a failed or skipped Redis command. */
    public void error() {
        errors.increment();
    }

    /** A snapshot. */
    public CacheStats snapshot() {
        return new CacheStats(
                name, hits.sum(), misses.sum(), loads.sum(), Duration.ofNanos(loadNanos.sum()), errors.sum());
    }
}
