package io.redweave.internal.audit;

import io.redweave.audit.FamilyFigures.KeySize;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The memory of one group of keys: the measured keys' sum, extrapolated to the keys not measured,
 * and the largest measured keys.
 */
final class MemoryTally {

    private final int largest;
    private final PriorityQueue<KeySize> top = new PriorityQueue<>(Comparator.comparingLong(KeySize::bytes));
    private long measuredBytes;
    private long measured;

    MemoryTally(int largest) {
        this.largest = largest;
    }

    long measured() {
        return measured;
    }

    void add(String key, long bytes) {
        measured++;
        measuredBytes += bytes;
        if (largest > 0 && (top.size() < largest || bytes > top.peek().bytes())) {
            top.add(new KeySize(key, bytes));
            if (top.size() > largest) {
                top.poll();
            }
        }
    }

    /** The sum over {@code keys} keys, when {@link #measured()} of them were measured. */
    long estimate(long keys) {
        if (measured == 0 || measured >= keys) {
            return measuredBytes;
        }
        return Math.round((double) measuredBytes / measured * keys);
    }

    List<KeySize> largest() {
        return top.stream()
                .sorted(Comparator.comparingLong(KeySize::bytes).reversed().thenComparing(KeySize::key))
                .toList();
    }
}
