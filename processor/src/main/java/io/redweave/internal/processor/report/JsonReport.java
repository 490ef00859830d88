package io.redweave.internal.processor.report;

import io.redweave.internal.grammar.DurationSpec;
import io.redweave.internal.processor.report.CacheKeyReport.BoardEntry;
import io.redweave.internal.processor.report.CacheKeyReport.BoardUse;
import io.redweave.internal.processor.report.CacheKeyReport.CacheEntry;
import io.redweave.internal.processor.report.CacheKeyReport.CacheEviction;
import io.redweave.internal.processor.report.CacheKeyReport.CacheRead;
import io.redweave.internal.processor.report.CacheKeyReport.CacheWrite;
import io.redweave.internal.processor.report.CacheKeyReport.CounterEntry;
import io.redweave.internal.processor.report.CacheKeyReport.CounterUse;
import io.redweave.internal.processor.report.CacheKeyReport.LockEntry;
import io.redweave.internal.processor.report.CacheKeyReport.LockUse;
import io.redweave.internal.processor.report.CacheKeyReport.Source;
import io.redweave.internal.processor.report.CacheKeyReport.StampedePolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report, {@code META-INF/redweave/cache-keys.json}. Its layout is described
 * in {@code docs/cache-key-report.md}; {@code format} changes when a field changes meaning.
 */
final class JsonReport {

    static final int FORMAT = 1;

    private JsonReport() {}

    static String render(CacheKeyReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("caches", report.caches().stream().map(JsonReport::cache).toList());
        root.put("counters", report.counters().stream().map(JsonReport::counter).toList());
        root.put("boards", report.boards().stream().map(JsonReport::board).toList());
        root.put("locks", report.locks().stream().map(JsonReport::lock).toList());
        root.put("keys", KeyIndex.of(report).stream().map(JsonReport::key).toList());
        return JsonText.write(root);
    }

    private static Map<String, Object> cache(CacheEntry cache) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", cache.name());
        json.put("valueType", cache.valueType().isEmpty() ? null : cache.valueType());
        json.put("reads", cache.reads().stream().map(JsonReport::read).toList());
        json.put("writes", cache.writes().stream().map(JsonReport::write).toList());
        json.put(
                "evictions",
                cache.evictions().stream().map(JsonReport::eviction).toList());
        json.put("warnings", List.copyOf(cache.warnings()));
        return json;
    }

    private static Map<String, Object> read(CacheRead read) {
        Map<String, Object> json = source(read.source());
        json.put("key", read.key());
        json.put("template", read.template());
        json.put("ttl", duration(read.ttl()));
        json.put("jitter", duration(read.jitter()));
        json.put("cacheNull", read.cacheNull());
        json.put("nullTtl", duration(read.nullTtl()));
        json.put("stampede", read.stampede().map(JsonReport::stampede).orElse(null));
        json.put("suppressed", read.suppressed());
        return json;
    }

    private static Map<String, Object> stampede(StampedePolicy policy) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lock", policy.lock());
        json.put("lease", duration(policy.lease()));
        json.put("maxLease", duration(policy.maxLease()));
        json.put("waitFor", duration(policy.waitFor()));
        json.put("onTimeout", policy.onTimeout());
        json.put("whenRedisDown", policy.whenRedisDown());
        json.put("refreshAhead", duration(policy.refreshAhead()));
        json.put("earlyRefresh", policy.earlyRefresh());
        json.put("beta", policy.beta());
        json.put("staleIfError", policy.staleIfError());
        json.put("keepStale", duration(policy.keepStale()));
        return json;
    }

    private static Map<String, Object> write(CacheWrite write) {
        Map<String, Object> json = source(write.source());
        json.put("key", write.key());
        json.put("template", write.template());
        json.put("ttl", duration(write.ttl()));
        json.put("cacheNull", write.cacheNull());
        return json;
    }

    private static Map<String, Object> eviction(CacheEviction eviction) {
        Map<String, Object> json = source(eviction.source());
        json.put("allEntries", eviction.key().isEmpty());
        json.put("key", eviction.key().orElse(null));
        json.put("beforeInvocation", eviction.beforeInvocation());
        return json;
    }

    private static Map<String, Object> counter(CounterEntry counter) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", counter.name());
        json.put("type", counter.hyperloglog() ? "hyperloglog" : "counter");
        json.put("uses", counter.uses().stream().map(JsonReport::counterUse).toList());
        return json;
    }

    private static Map<String, Object> counterUse(CounterUse use) {
        Map<String, Object> json = source(use.source());
        json.put("key", use.key());
        json.put("unique", use.unique().orElse(null));
        json.put("uniqueKey", use.uniqueKey().orElse(null));
        json.put("by", use.by());
        json.put("on", use.on());
        json.put("ttl", duration(use.ttl()));
        json.put("buffer", duration(use.buffer()));
        return json;
    }

    private static Map<String, Object> board(BoardEntry board) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", board.name());
        json.put("key", board.key());
        json.put("uses", board.uses().stream().map(JsonReport::boardUse).toList());
        return json;
    }

    private static Map<String, Object> boardUse(BoardUse use) {
        Map<String, Object> json = source(use.source());
        json.put("member", use.member());
        json.put("by", use.by());
        json.put("on", use.on());
        return json;
    }

    private static Map<String, Object> lock(LockEntry lock) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", lock.name());
        json.put("type", lock.stampede() ? "stampede" : "lock");
        json.put("uses", lock.uses().stream().map(JsonReport::lockUse).toList());
        return json;
    }

    /** {@code onTimeout} only for a stampede lock, so a lock's entry keeps the fields it always had. */
    private static Map<String, Object> lockUse(LockUse use) {
        Map<String, Object> json = source(use.source());
        json.put("key", use.key());
        json.put("lease", duration(use.lease()));
        json.put("maxLease", duration(use.maxLease()));
        json.put("waitFor", duration(use.waitFor()));
        use.onTimeout().ifPresent(onTimeout -> json.put("onTimeout", onTimeout));
        json.put("whenRedisDown", use.whenRedisDown());
        return json;
    }

    private static Map<String, Object> key(KeyIndex.KeyRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", row.key());
        json.put("redisType", row.redisType());
        json.put("kind", row.kind());
        json.put("name", row.name());
        return json;
    }

    private static Map<String, Object> source(Source source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("method", source.method());
        json.put("file", source.file());
        json.put("line", source.line() > 0 ? source.line() : null);
        return json;
    }

    /** {@code {"text": "10m", "millis": 600000}}; default and forever have no millis. */
    private static Map<String, Object> duration(DurationSpec duration) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", duration.display());
        if (duration.millis().isPresent()) {
            json.put("millis", duration.millis().getAsLong());
        }
        return json;
    }
}
