package io.redweave.internal.audit;

import io.redweave.audit.FamilyFigures;
import io.redweave.audit.KeyFamily;

/** One family's figures while the keys go by. */
final class FamilyTally {

    /** Redis may report a key's TTL a little above what was set while the clocks tick: tolerated. */
    private static final long TTL_SLACK_MS = 1_000;

    private final KeyFamily family;
    private final TtlHistogram ttls = new TtlHistogram();
    private final MemoryTally memory;
    private final Examples withoutTtl;
    private final Examples aboveDeclared;
    private final Examples wrongType;
    private long keys;

    FamilyTally(KeyFamily family, int largest, int examples) {
        this.family = family;
        this.memory = new MemoryTally(largest);
        this.withoutTtl = new Examples(examples);
        this.aboveDeclared = new Examples(examples);
        this.wrongType = new Examples(examples);
    }

    /** Every family's first keys are measured, so that a small family's memory is exact. */
    static final int MEASURED_FIRST = 100;

    private int planned;

    /** Whether the next key should be measured for this family's sake; counts it when so. */
    boolean wantsMeasure(boolean sampled) {
        if (sampled || planned < MEASURED_FIRST) {
            planned++;
            return true;
        }
        return false;
    }

    /** One inspected key: its {@code PTTL}, its {@code TYPE}, and its memory or -1 when not measured. */
    void add(String key, long pttl, String type, long bytes) {
        keys++;
        ttls.add(pttl);
        KeyFamily.Lifetime lifetime = family.lifetime();
        if (pttl < 0 && lifetime.expires()) {
            withoutTtl.add(key);
        }
        if (pttl >= 0 && lifetime.maxTtlMillis() >= 0 && pttl > lifetime.maxTtlMillis() + TTL_SLACK_MS) {
            aboveDeclared.add(key);
        }
        if (!type.equals(family.redisType())) {
            wrongType.add(key + " (" + type + ")");
        }
        if (bytes >= 0) {
            memory.add(key, bytes);
        }
    }

    FamilyFigures figures() {
        return new FamilyFigures(
                family,
                keys,
                memory.estimate(keys),
                memory.measured(),
                ttls.buckets(),
                withoutTtl.count(),
                withoutTtl.first(),
                aboveDeclared.count(),
                aboveDeclared.first(),
                wrongType.count(),
                wrongType.first(),
                memory.largest());
    }
}
