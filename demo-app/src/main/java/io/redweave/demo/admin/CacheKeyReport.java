package io.redweave.demo.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cache-key report that the annotation processor writes into the jar ({@code
 * META-INF/redweave/cache-keys.json}): every annotated method with its cache, key template, TTL.
 * Shown as a table whose columns are the report's own fields, so the page follows the report.
 *
 * @param columns the field names, in first-seen order
 * @param rows one list of cell texts per entry
 */
public record CacheKeyReport(List<String> columns, List<List<String>> rows) {

    /** Where the processor puts the report. */
    public static final String RESOURCE = "META-INF/redweave/cache-keys.json";

    /** The report on the class path, or an empty one when the build wrote none. */
    public static CacheKeyReport load(ObjectMapper json, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            return in == null ? empty() : of(json.readTree(in));
        } catch (IOException e) {
            return empty();
        }
    }

    /** Whether there is nothing to show. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    static CacheKeyReport of(JsonNode tree) {
        List<JsonNode> entries = new ArrayList<>();
        collect(tree, entries);
        Set<String> columns = new LinkedHashSet<>();
        entries.forEach(e -> e.fieldNames().forEachRemaining(columns::add));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode e : entries) {
            List<String> row = new ArrayList<>();
            for (String c : columns) {
                JsonNode v = e.get(c);
                row.add(v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
            }
            rows.add(row);
        }
        return new CacheKeyReport(List.copyOf(columns), rows);
    }

    // the entries are the objects of the first array found: the report may wrap them in an object
    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> {
                if (n.isObject()) {
                    out.add(n);
                }
            });
            return;
        }
        if (node.isObject()) {
            for (JsonNode child : node) {
                if (child.isArray() && out.isEmpty()) {
                    collect(child, out);
                }
            }
        }
    }

    private static CacheKeyReport empty() {
        return new CacheKeyReport(List.of(), List.of());
    }
}
