package io.redweave.internal.count;

import io.redweave.RedweaveException;
import io.redweave.annotations.CountOn;
import io.redweave.internal.key.KeyTemplate;

/**
 * One {@code @Counter}, compiled once: after a call that counts, renders the key (and the distinct
 * value of a {@code unique} counter) and hands the increment to {@link Increments}, to be sent now or
 * buffered.
 */
final class CounterOperation {

    private final String where;
    private final String name;
    private final KeyTemplate key;
    private final KeyTemplate unique;
    private final long by;
    private final long ttlMillis;
    private final CountOn on;
    private final boolean buffered;
    private final CounterKeys keys;
    private final Increments increments;

    CounterOperation(
            String where,
            String name,
            KeyTemplate key,
            KeyTemplate unique,
            long[] byAndTtl,
            CountOn on,
            boolean buffered,
            CounterKeys keys,
            Increments increments) {
        this.where = where;
        this.name = name;
        this.key = key;
        this.unique = unique;
        this.by = byAndTtl[0];
        this.ttlMillis = byAndTtl[1];
        this.on = on;
        this.buffered = buffered;
        this.keys = keys;
        this.increments = increments;
    }

    /** Whether a call that returned ({@code failed == false}) or threw counts. */
    boolean countsOn(boolean failed) {
        return on == CountOn.ALWAYS || (on == CountOn.FAILURE) == failed;
    }

    /** Counts one call; {@code result} is null for a call that threw. */
    void count(Object[] args, Object result) {
        String rendered;
        String element = null;
        try {
            rendered = key == null ? null : key.render(args, result);
            if (unique != null) {
                element = unique.render(args, result);
            }
        } catch (RuntimeException e) {
            throw new RedweaveException(String.format("%s: rendering the key failed: %s", where, e.getMessage()), e);
        }
        String redisKey = keys.counter(name, rendered);
        String uniqueKey = unique == null ? null : keys.unique(name, rendered);
        if (buffered) {
            increments.buffer(redisKey, by, uniqueKey, element, ttlMillis);
        } else {
            increments.count(redisKey, by, uniqueKey, element, ttlMillis, where);
        }
    }

    @Override
    public String toString() {
        return where;
    }
}
