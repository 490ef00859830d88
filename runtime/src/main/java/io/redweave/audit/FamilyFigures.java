package io.redweave.audit;

import java.util.List;

/**
 * What an audit found in Redis for one key family.
 *
 * @param family the declaration the keys matched
 * @param keys how many keys matched it
 * @param memoryBytes their memory ({@code MEMORY USAGE}): exact when {@code memorySampled == keys},
 *     else the sampled keys' mean times {@code keys}
 * @param memorySampled how many of the keys were measured
 * @param ttls the keys by remaining TTL, shortest first; the first bucket holds keys without one
 * @param withoutTtl keys without an expiry although every writer declares one (a leak: they never go)
 * @param withoutTtlExamples some of them
 * @param ttlAboveDeclared keys whose remaining TTL is longer than any writer gives (written under an
 *     older, longer ttl, or by hand)
 * @param ttlAboveExamples some of them
 * @param wrongType keys whose Redis type is not the family's (another writer shares the namespace)
 * @param wrongTypeExamples some of them, with their type
 * @param largest the largest measured keys, largest first
 */
public record FamilyFigures(
        KeyFamily family,
        long keys,
        long memoryBytes,
        long memorySampled,
        List<TtlBucket> ttls,
        long withoutTtl,
        List<String> withoutTtlExamples,
        long ttlAboveDeclared,
        List<String> ttlAboveExamples,
        long wrongType,
        List<String> wrongTypeExamples,
        List<KeySize> largest) {

    public FamilyFigures {
        ttls = List.copyOf(ttls);
        withoutTtlExamples = List.copyOf(withoutTtlExamples);
        ttlAboveExamples = List.copyOf(ttlAboveExamples);
        wrongTypeExamples = List.copyOf(wrongTypeExamples);
        largest = List.copyOf(largest);
    }

    /** Whether {@link #memoryBytes} is an extrapolation from a sample rather than a sum over every key. */
    public boolean memoryEstimated() {
        return memorySampled < keys;
    }

    /**
     * Keys whose remaining TTL falls in one range.
     *
     * @param label {@code no expiry}, {@code < 1m}, {@code 1m-10m} ... {@code >= 7d}
     * @param upToMillis the range's exclusive upper bound; 0 for the no-expiry bucket, {@link
     *     Long#MAX_VALUE} for the last
     * @param keys how many
     */
    public record TtlBucket(String label, long upToMillis, long keys) {}

    /**
     * One measured key.
     *
     * @param key the key
     * @param bytes its {@code MEMORY USAGE}
     */
    public record KeySize(String key, long bytes) {}
}
