package io.redweave.internal.audit;

import io.redweave.audit.FamilyFigures.TtlBucket;
import java.util.ArrayList;
import java.util.List;

/** Remaining TTLs counted in fixed ranges, from "no expiry" to a week and more. */
final class TtlHistogram {

    private static final long MINUTE = 60_000;
    private static final long[] BOUNDS = {MINUTE, 10 * MINUTE, 60 * MINUTE, 1_440 * MINUTE, 10_080 * MINUTE};
    private static final String[] LABELS = {"< 1m", "1m-10m", "10m-1h", "1h-1d", "1d-7d", ">= 7d"};

    private final long[] counts = new long[BOUNDS.length + 2];

    /** Counts one key's {@code PTTL}: -1 for none. */
    void add(long pttl) {
        if (pttl < 0) {
            counts[0]++;
            return;
        }
        int i = 0;
        while (i < BOUNDS.length && pttl >= BOUNDS[i]) {
            i++;
        }
        counts[i + 1]++;
    }

    List<TtlBucket> buckets() {
        List<TtlBucket> buckets = new ArrayList<>();
        buckets.add(new TtlBucket("no expiry", 0, counts[0]));
        for (int i = 0; i <= BOUNDS.length; i++) {
            buckets.add(new TtlBucket(LABELS[i], i < BOUNDS.length ? BOUNDS[i] : Long.MAX_VALUE, counts[i + 1]));
        }
        return buckets;
    }
}
