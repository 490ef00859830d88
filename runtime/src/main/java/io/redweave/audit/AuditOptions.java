package io.redweave.audit;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard an audit may press on Redis, and how much it keeps. Immutable; start from {@link
 * #defaults()} and change what you need:
 *
 * <pre>{@code
 * AuditOptions options = AuditOptions.defaults().withMaxScansPerSecond(20).withScanCount(500);
 * }</pre>
 *
 * <p>The load an audit adds is bounded by {@code maxScansPerSecond × scanCount}: every {@code SCAN}
 * returns about {@code scanCount} keys, and each key then costs one {@code PTTL} and one {@code TYPE}
 * (and, for the sampled ones, one {@code MEMORY USAGE}), pipelined to the node that holds it.
 *
 * @param scanCount the {@code COUNT} hint of each {@code SCAN}
 * @param maxScansPerSecond the most {@code SCAN} calls per second, over all nodes; 0 for no bound
 * @param memorySamples about how many keys get a {@code MEMORY USAGE} over the whole run: every key
 *     on a keyspace this small or smaller, a uniform sample of a larger one (plus the first keys of
 *     each family, so that a small family is measured in full)
 * @param largestKeys how many of the largest measured keys each family lists
 * @param examples how many example keys each finding lists
 * @param commandTimeout how long one command may take before its node counts as failed
 */
public record AuditOptions(
        int scanCount,
        double maxScansPerSecond,
        int memorySamples,
        int largestKeys,
        int examples,
        Duration commandTimeout) {

    /**
     * @throws IllegalArgumentException naming the option when a value is out of range
     */
    public AuditOptions {
        positive("scanCount", scanCount);
        if (!(maxScansPerSecond >= 0) || Double.isInfinite(maxScansPerSecond)) {
            throw new IllegalArgumentException(String.format(
                    "maxScansPerSecond %s is not a rate; use a positive number, or 0 for no bound", maxScansPerSecond));
        }
        nonNegative("memorySamples", memorySamples);
        nonNegative("largestKeys", largestKeys);
        nonNegative("examples", examples);
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        if (commandTimeout.isZero() || commandTimeout.isNegative()) {
            throw new IllegalArgumentException(
                    String.format("commandTimeout %s is not positive; use a duration such as 10s", commandTimeout));
        }
    }

    /** COUNT 1000, at most 50 scans a second, 100,000 memory samples, 5 largest keys, 3 examples, 10 s timeout. */
    public static AuditOptions defaults() {
        return new AuditOptions(1000, 50, 100_000, 5, 3, Duration.ofSeconds(10));
    }

    public AuditOptions withScanCount(int count) {
        return new AuditOptions(count, maxScansPerSecond, memorySamples, largestKeys, examples, commandTimeout);
    }

    public AuditOptions withMaxScansPerSecond(double rate) {
        return new AuditOptions(scanCount, rate, memorySamples, largestKeys, examples, commandTimeout);
    }

    public AuditOptions withMemorySamples(int samples) {
        return new AuditOptions(scanCount, maxScansPerSecond, samples, largestKeys, examples, commandTimeout);
    }

    public AuditOptions withLargestKeys(int n) {
        return new AuditOptions(scanCount, maxScansPerSecond, memorySamples, n, examples, commandTimeout);
    }

    public AuditOptions withExamples(int n) {
        return new AuditOptions(scanCount, maxScansPerSecond, memorySamples, largestKeys, n, commandTimeout);
    }

    public AuditOptions withCommandTimeout(Duration timeout) {
        return new AuditOptions(scanCount, maxScansPerSecond, memorySamples, largestKeys, examples, timeout);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(String.format("%s %d is not positive; use 1 or more", name, value));
        }
    }

    private static void nonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(String.format("%s %d is negative; use 0 or more", name, value));
        }
    }
}
