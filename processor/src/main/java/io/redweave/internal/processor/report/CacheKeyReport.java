package io.redweave.internal.processor.report;

import io.redweave.internal.grammar.DurationSpec;
import java.util.List;
import java.util.Optional;

/**
 * Every Redis key the compiled code writes, by kind, each entry with the methods that use it. All
 * lists are sorted (entries by name, uses by method), so one source gives one report, byte for byte.
 */
public record CacheKeyReport(
        List<CacheEntry> caches, List<CounterEntry> counters, List<BoardEntry> boards, List<LockEntry> locks) {

    /** A method that uses a key: its qualified and display names, its file and line. */
    public record Source(String method, String display, String file, long line) {}

    public record CacheEntry(
            String name,
            String valueType,
            String valueTypeDisplay,
            List<CacheRead> reads,
            List<CacheWrite> writes,
            List<CacheEviction> evictions,
            List<String> warnings) {}

    /** {@code suppressed} is true under {@code @SuppressWarnings("redweave")}, which start-up checks honour too. */
    public record CacheRead(
            Source source,
            String key,
            String template,
            DurationSpec ttl,
            DurationSpec jitter,
            boolean cacheNull,
            DurationSpec nullTtl,
            Optional<StampedePolicy> stampede,
            boolean suppressed) {}

    /** A {@code @StampedeLock}: its lock terms, and how it refreshes early and serves stale values. */
    public record StampedePolicy(
            String lock,
            DurationSpec lease,
            DurationSpec maxLease,
            DurationSpec waitFor,
            String onTimeout,
            String whenRedisDown,
            DurationSpec refreshAhead,
            boolean earlyRefresh,
            double beta,
            boolean staleIfError,
            DurationSpec keepStale) {}

    public record CacheWrite(Source source, String key, String template, DurationSpec ttl, boolean cacheNull) {}

    /** An eviction of one key, or of every entry when {@code key} is empty. */
    public record CacheEviction(Source source, Optional<String> key, boolean beforeInvocation) {}

    /** A counter; {@code hyperloglog} is true when it counts distinct values ({@code unique} is set). */
    public record CounterEntry(String name, boolean hyperloglog, List<CounterUse> uses) {}

    /** {@code uniqueKey} is the HyperLogLog's key pattern, present when {@code unique} is. */
    public record CounterUse(
            Source source,
            String key,
            Optional<String> unique,
            Optional<String> uniqueKey,
            long by,
            String on,
            DurationSpec ttl,
            DurationSpec buffer) {}

    public record BoardEntry(String name, String key, List<BoardUse> uses) {}

    public record BoardUse(Source source, String member, double by, String on) {}

    /** A lock; {@code stampede} is true for the per-key load lock of a {@code @StampedeLock} cache. */
    public record LockEntry(String name, boolean stampede, List<LockUse> uses) {}

    /** {@code onTimeout} is present for a stampede lock only: a {@code @Locked} caller that waits too long fails. */
    public record LockUse(
            Source source,
            String key,
            DurationSpec lease,
            DurationSpec maxLease,
            DurationSpec waitFor,
            Optional<String> onTimeout,
            String whenRedisDown) {}
}
