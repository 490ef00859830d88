package io.redweave.demo.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cache-key report that redweave-processor writes into the jar ({@code
 * META-INF/redweave/cache-keys.json}), as rows for the dashboard: every cache, counter, board and
 * lock with its key pattern, its lifetime and the methods that use it.
 *
 * @param rows one row per key family
 */
public record CacheKeyReport(List<Row> rows) {

    /** Where the processor puts the report. */
    public static final String RESOURCE = "META-INF/redweave/cache-keys.json";

    /**
     * One key family.
     *
     * @param kind cache, counter, board or lock
     * @param name its name
     * @param keys the key patterns, e.g. {@code {prefix}:{version}:musics:list}
     * @param ttl the lifetimes as written ({@code 1h}, {@code forever}), or empty
     * @param usedBy the methods, by role ("reads: MusicService.cachedListJson()")
     */
    public record Row(String kind, String name, String keys, String ttl, String usedBy) {}

    /** The report on the class path, or an empty one when the build wrote none. */
    public static CacheKeyReport load(ObjectMapper json, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            return in == null ? new CacheKeyReport(List.of()) : of(json.readTree(in));
        } catch (IOException e) {
            return new CacheKeyReport(List.of());
        }
    }

    /** Whether there is nothing to show. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    static CacheKeyReport of(JsonNode tree) {
        List<Row> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> family = it.next();
            if (family.getValue().isArray()) {
                String kind = family.getKey().replaceAll("s$", "");
                family.getValue().forEach(entry -> rows.add(row(kind.isEmpty() ? family.getKey() : kind, entry)));
            }
        }
        return new CacheKeyReport(List.copyOf(rows));
    }

    private static Row row(String kind, JsonNode entry) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> ttls = new LinkedHashSet<>();
        collect(entry, keys, ttls);
        List<String> usedBy = new ArrayList<>();
        entry.fields().forEachRemaining(f -> {
            Set<String> methods = new LinkedHashSet<>();
            if (f.getValue().isArray()) {
                f.getValue().forEach(m -> {
                    if (m.hasNonNull("method")) {
                        methods.add(shortName(m.get("method").asText()));
                    }
                });
            }
            if (!methods.isEmpty()) {
                usedBy.add(f.getKey() + ": " + String.join(", ", methods));
            }
        });
        String name = entry.hasNonNull("name")
                ? entry.get("name").asText()
                : entry.path("board").asText("");
        return new Row(kind, name, String.join(" ", keys), String.join(", ", ttls), String.join("; ", usedBy));
    }

    // key patterns and lifetimes may sit at any depth (a cache's reads, a lock of a stampede)
    private static void collect(JsonNode node, Set<String> keys, Set<String> ttls) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("key") && f.getValue().isTextual()) {
                    keys.add(f.getValue().asText());
                } else if (f.getKey().equals("ttl") && f.getValue().hasNonNull("text")) {
                    ttls.add(f.getValue().get("text").asText());
                } else {
                    collect(f.getValue(), keys, ttls);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, keys, ttls));
        }
    }

    private static String shortName(String method) {
        int paren = method.indexOf('(');
        String head = paren < 0 ? method : method.substring(0, paren);
        String[] parts = head.split("\\.");
        String tail = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : head;
        return tail + (paren < 0 ? "" : method.substring(paren).replaceAll("[\\w$]+\\.", ""));
    }
}
