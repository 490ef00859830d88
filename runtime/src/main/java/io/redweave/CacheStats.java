package io.redweave;

import java.time.Duration;

/**
 * A snapshot of one cache's figures since start.
 *
 * @param name the cache name
 * @param hits reads answered from Redis
 * @param misses reads that ran the method (including reads while Redis was unreachable)
 * @param loads method runs that produced a value to cache
 * @param loadTime the total time spent in those runs
 * @param errors Redis commands of this cache that failed or were skipped by the circuit breaker
 */
public record CacheStats(String name, long hits, long misses, long loads, Duration loadTime, long errors) {

    /** Hits over all reads, from 0 to 1; 0 when there were no reads. */
    public double hitRatio() {
        long reads = hits + misses;
        return reads == 0 ? 0 : (double) hits / reads;
    }
}
