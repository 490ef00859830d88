package io.redweave.internal.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The TTLs the runtime gives keys, worked out from a report's durations by the runtime's rules: a
 * cache entry lives its ttl plus up to its jitter (a cached null, its null ttl), and as long again as
 * its stale copy is kept; a lock lives one lease at a time.
 */
final class Lifetimes {

    /** A lock's lease when {@code lease} is left empty. */
    static final long DEFAULT_LEASE_MS = 30_000;

    private Lifetimes() {}

    /** A report duration in ms: its {@code millis}, -1 for {@code forever}, {@code fallback} for {@code default}. */
    static long millis(JsonNode duration, long fallback) {
        if (duration.has("millis")) {
            return duration.path("millis").asLong();
        }
        return duration.path("text").asText().equals("forever") ? -1 : fallback;
    }

    /** The longest TTL a {@code @Cached} read stores with, or -1 when it keeps entries forever. */
    static long cacheRead(JsonNode read, long ttl) {
        if (ttl < 0) {
            return -1;
        }
        long jitter = millis(read.path("jitter"), 0);
        long nullTtl = read.path("cacheNull").asBoolean() ? millis(read.path("nullTtl"), ttl) : 0;
        return Math.max(ttl + jitter, nullTtl) + keepStale(read.path("stampede"), ttl);
    }

    /** {@code 10m}, {@code 10m (+30s jitter)}, {@code 10m (+10m stale)}. */
    static String cacheText(JsonNode read, long ttl) {
        if (ttl < 0) {
            return "forever";
        }
        StringBuilder text = new StringBuilder(Durations.text(ttl));
        long jitter = millis(read.path("jitter"), 0);
        if (jitter > 0) {
            text.append(" (+").append(Durations.text(jitter)).append(" jitter)");
        }
        long stale = keepStale(read.path("stampede"), ttl);
        if (stale > 0) {
            text.append(" (+").append(Durations.text(stale)).append(" stale)");
        }
        return text.toString();
    }

    /** How much longer a stale copy is kept: as the runtime's stampede settings decide it. */
    private static long keepStale(JsonNode stampede, long ttl) {
        if (stampede.isMissingNode() || stampede.isNull()) {
            return 0;
        }
        boolean servesStale = stampede.path("staleIfError").asBoolean()
                || stampede.path("onTimeout").asText().equals("STALE");
        return millis(stampede.path("keepStale"), servesStale ? ttl : 0);
    }
}
