package io.redweave.internal.processor.report;

import io.redweave.internal.processor.report.CacheKeyReport.BoardEntry;
import io.redweave.internal.processor.report.CacheKeyReport.CacheEntry;
import io.redweave.internal.processor.report.CacheKeyReport.CounterEntry;
import io.redweave.internal.processor.report.CacheKeyReport.LockEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every key pattern the compiled code writes, once each, with the Redis type stored under it: the
 * flat index at the head of the report. It lists what the sections below spread over several
 * tables, and what no table row names on its own, such as the HyperLogLog beside a {@code unique}
 * counter.
 */
final class KeyIndex {

    /**
     * One key pattern.
     *
     * @param key the pattern, {@code {prefix}} and {@code {version}} unresolved
     * @param redisType what {@code TYPE} answers for it ({@code string}, {@code zset}); a HyperLogLog
     *     is a {@code string} to {@code TYPE}, so it says {@code string (HyperLogLog)}
     * @param kind {@code cache}, {@code counter}, {@code counter-unique}, {@code board}, {@code lock}
     *     or {@code stampede-lock}
     * @param name the cache, counter, board or lock name
     */
    record KeyRow(String key, String redisType, String kind, String name) {}

    static final String HYPERLOGLOG = "string (HyperLogLog)";

    private KeyIndex() {}

    static List<KeyRow> of(CacheKeyReport report) {
        List<KeyRow> rows = new ArrayList<>();
        for (CacheEntry cache : report.caches()) {
            Set<String> keys = new LinkedHashSet<>();
            cache.reads().forEach(r -> keys.add(r.key()));
            cache.writes().forEach(w -> keys.add(w.key()));
            keys.forEach(k -> rows.add(new KeyRow(k, "string", "cache", cache.name())));
        }
        for (CounterEntry counter : report.counters()) {
            Set<String> keys = new LinkedHashSet<>();
            Set<String> unique = new LinkedHashSet<>();
            counter.uses().forEach(u -> {
                keys.add(u.key());
                u.uniqueKey().ifPresent(unique::add);
            });
            keys.forEach(k -> rows.add(new KeyRow(k, "string", "counter", counter.name())));
            unique.forEach(k -> rows.add(new KeyRow(k, HYPERLOGLOG, "counter-unique", counter.name())));
        }
        for (BoardEntry board : report.boards()) {
            rows.add(new KeyRow(board.key(), "zset", "board", board.name()));
        }
        for (LockEntry lock : report.locks()) {
            new LinkedHashSet<>(lock.uses().stream().map(u -> u.key()).toList())
                    .forEach(k ->
                            rows.add(new KeyRow(k, "string", lock.stampede() ? "stampede-lock" : "lock", lock.name())));
        }
        return List.copyOf(rows);
    }
}
