package io.redweave.internal.count;

import io.redweave.internal.key.KeyEncoding;

/**
 * The one place where counter, unique-counter and board keys are assembled.
 *
 * <ul>
 *   <li>{@code {prefix}:counter:{name}[:{key}]}: the counter, a Redis integer;
 *   <li>{@code {prefix}:counter-unique:{name}[:{key}]}: the HyperLogLog of a {@code unique} counter.
 *       It has a namespace of its own rather than a {@code :unique} suffix, because a key template
 *       may hold literal {@code :} text and so could render to a suffix of another counter's key;
 *   <li>{@code {prefix}:board:{name}}: a leaderboard, a sorted set.
 * </ul>
 *
 * <p>Public for the key report, which names keys with the same builder as the writers.
 *
 * <p>None of these can match a cache's {@code SCAN} pattern {@code {prefix}:{version}:...}: a version
 * is a number, and {@code counter}, {@code counter-unique} and {@code board} are not.
 */
public final class CounterKeys {

    private final String counterHead;
    private final String uniqueHead;
    private final String boardHead;

    /** Keys under {@code prefix} (may be empty, as Django's default). */
    public CounterKeys(String prefix) {
        this.counterHead = prefix + ":counter:";
        this.uniqueHead = prefix + ":counter-unique:";
        this.boardHead = prefix + ":board:";
    }

    /** The counter's key; {@code renderedKey} is already escaped, or null for a counter without a key. */
    public String counter(String name, String renderedKey) {
        return renderedKey == null ? counterHead + name : counterHead + name + ':' + renderedKey;
    }

    /** The HyperLogLog's key for the same counter. */
    public String unique(String name, String renderedKey) {
        return renderedKey == null ? uniqueHead + name : uniqueHead + name + ':' + renderedKey;
    }

    /** The key a handle's raw {@code key} maps to: escaped as one rendered template value. */
    public static String escaped(String key) {
        return key == null ? null : KeyEncoding.escape(key);
    }

    /** The board's key. */
    public String board(String name) {
        return boardHead + name;
    }
}
