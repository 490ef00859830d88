package io.redweave.internal.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Increments held in memory until the flusher sends them: the buffer of {@code @Counter(buffer)} and
 * of increments that Redis could not take.
 *
 * <p>One {@link Slot} per {@link Target} sums increments with a {@code LongAdder} (a {@code
 * DoubleAdder} for board scores), so counting threads never lock. {@link #drain} takes each sum with
 * {@code sumThenReset}, whose per-cell {@code getAndSet} hands every unit to exactly one taker.
 *
 * <p>Slots idle for a whole flush are removed, so per-day keys do not pile up; removal must not lose
 * an add from a thread that fetched the slot just before. The protocol: the drainer marks the slot
 * {@code retired}, removes it, then takes it once more; a writer adds first and reads {@code retired}
 * second. If the writer reads {@code false}, its add came before the mark and the drainer's last take
 * sees it; if {@code true}, the writer takes the slot itself and adds what it took to a fresh slot.
 * Both takes use {@code getAndSet}, so a unit is never counted twice.
 *
 * <p>The number of slots is bounded (approximately: concurrent first adds may overshoot it by the
 * number of adding threads); an add that needs a new slot beyond the bound is dropped and counted.
 */
final class PendingIncrements {

    private final ConcurrentHashMap<Target, Slot> slots = new ConcurrentHashMap<>();
    private final int limit;
    private final LongAdder dropped = new LongAdder();

    PendingIncrements(int limit) {
        this.limit = limit;
    }

    /**
     * Adds to the target's slot.
     *
     * @return false when the increment was dropped because the bound was reached
     */
    boolean add(Target target, long count, double score) {
        Slot slot = slots.get(target);
        if (slot == null) {
            if (slots.size() >= limit) {
                dropped.increment();
                return false;
            }
            slot = slots.computeIfAbsent(target, t -> new Slot());
        }
        slot.add(count, score);
        if (slot.retired) {
            // Unlink the retired slot before retrying, so the retry lands in a fresh slot instead of
            // spinning on this one until the drainer gets the CPU to remove it.
            slots.remove(target, slot);
            Taken late = slot.take(target);
            if (late != null) {
                return add(target, late.count, late.score);
            }
        }
        return true;
    }

    /** Takes every pending sum, and removes the slots that had nothing since the previous drain. */
    List<Taken> drain() {
        List<Taken> taken = new ArrayList<>();
        for (Map.Entry<Target, Slot> e : slots.entrySet()) {
            Target target = e.getKey();
            Slot slot = e.getValue();
            Taken t = slot.take(target);
            if (t == null) {
                slot.retired = true;
                slots.remove(target, slot);
                t = slot.take(target);
            }
            if (t != null) {
                taken.add(t);
            }
        }
        return taken;
    }

    /** Puts back sums that could not be sent; they may be dropped if the bound has been reached since. */
    void restore(List<Taken> taken) {
        taken.forEach(t -> add(t.target, t.count, t.score));
    }

    /** The number of slots, including those idle since the last drain: what the bound limits. */
    int size() {
        return slots.size();
    }

    /** The number of targets with something not yet sent. */
    int waiting() {
        int n = 0;
        for (Slot slot : slots.values()) {
            if (slot.count.sum() != 0 || slot.score.sum() != 0) {
                n++;
            }
        }
        return n;
    }

    /** Increments dropped because the bound was reached. */
    long dropped() {
        return dropped.sum();
    }

    /** The total count pending for {@code target}; for tests and diagnostics. */
    long pendingCount(Target target) {
        Slot slot = slots.get(target);
        return slot == null ? 0 : slot.count.sum();
    }

    /** One target's taken sums. */
    record Taken(Target target, long count, double score) {}

    private static final class Slot {
        final LongAdder count = new LongAdder();
        final DoubleAdder score = new DoubleAdder();
        volatile boolean retired;

        void add(long n, double s) {
            if (n != 0) {
                count.add(n);
            }
            if (s != 0) {
                score.add(s);
            }
        }

        /** The sums since the last take, or null when there were none. */
        Taken take(Target target) {
            long n = count.sumThenReset();
            double s = score.sumThenReset();
            return n == 0 && s == 0 ? null : new Taken(target, n, s);
        }
    }
}
