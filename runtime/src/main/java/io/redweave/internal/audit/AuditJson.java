package io.redweave.internal.audit;

import io.redweave.audit.AuditResult;
import io.redweave.audit.FamilyFigures;
import io.redweave.internal.report.CatalogJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An audit as JSON; the layout is described in {@code docs/cache-key-report.md}. */
public final class AuditJson {

    static final int FORMAT = 1;

    private AuditJson() {}

    public static String write(AuditResult result) {
        return CatalogJson.text(tree(result));
    }

    static Map<String, Object> tree(AuditResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("redis", r.redis());
        root.put("startedAt", r.startedAt().toString());
        root.put("tookMillis", r.took().toMillis());
        root.put("nodes", r.nodes());
        root.put("scanCalls", r.scanCalls());
        root.put("scansPerSecond", Math.round(r.scansPerSecond() * 10) / 10.0);
        root.put("keysSeen", r.keysSeen());
        root.put("keysBefore", r.keysBefore());
        root.put("keysAfter", r.keysAfter() < 0 ? null : r.keysAfter());
        root.put("vanished", r.vanished());
        root.put("memorySampleRate", r.memorySampleRate());
        root.put("partial", r.partial());
        root.put("problems", r.problems());
        root.put("families", r.families().stream().map(AuditJson::family).toList());
        root.put("unmatchedKeys", r.unmatchedKeys());
        root.put("unmatched", r.unmatched().stream().map(AuditJson::unmatched).toList());
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("prefix", r.catalog().prefix());
        catalog.put("version", r.catalog().version());
        catalog.put("sources", r.catalog().sources());
        catalog.put("warnings", r.catalog().warnings());
        catalog.put("problems", r.catalog().problems());
        root.put("catalog", catalog);
        return root;
    }

    private static Map<String, Object> family(FamilyFigures f) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> declared = CatalogJson.family(f.family());
        json.put("kind", declared.get("kind"));
        json.put("name", declared.get("name"));
        json.put("patterns", declared.get("keys"));
        json.put("redisType", declared.get("redisType"));
        json.put("ttl", declared.get("ttl"));
        json.put("keys", f.keys());
        json.put("memoryBytes", f.memoryBytes());
        json.put("memorySampled", f.memorySampled());
        json.put("memoryEstimated", f.memoryEstimated());
        json.put(
                "ttls",
                f.ttls().stream()
                        .map(b -> {
                            Map<String, Object> bucket = new LinkedHashMap<>();
                            bucket.put("label", b.label());
                            bucket.put("keys", b.keys());
                            return bucket;
                        })
                        .toList());
        json.put("withoutTtl", finding(f.withoutTtl(), f.withoutTtlExamples()));
        json.put("ttlAboveDeclared", finding(f.ttlAboveDeclared(), f.ttlAboveExamples()));
        json.put("wrongType", finding(f.wrongType(), f.wrongTypeExamples()));
        json.put(
                "largest",
                f.largest().stream()
                        .map(k -> {
                            Map<String, Object> key = new LinkedHashMap<>();
                            key.put("key", k.key());
                            key.put("bytes", k.bytes());
                            return key;
                        })
                        .toList());
        json.put("modules", declared.get("modules"));
        return json;
    }

    private static Map<String, Object> finding(long count, List<String> examples) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("count", count);
        json.put("examples", examples);
        return json;
    }

    private static Map<String, Object> unmatched(AuditResult.UnmatchedKeys u) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pattern", u.pattern());
        json.put("keys", u.keys());
        json.put("memoryBytes", u.memoryBytes());
        json.put("examples", u.examples());
        json.put("hint", u.hint());
        return json;
    }
}
