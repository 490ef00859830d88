package io.redweave.internal.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.redweave.audit.KeyFamily;
import java.util.LinkedHashMap;
import java.util.Map;

/** The merged report as JSON, for tools and the command line. */
public final class CatalogJson {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CatalogJson() {}

    public static String write(Catalog catalog) {
        return text(tree(catalog));
    }

    /** The catalog as maps and lists, for documents that embed it. */
    public static Map<String, Object> tree(Catalog catalog) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("prefix", catalog.prefix());
        root.put("version", catalog.version());
        root.put("sources", catalog.sources());
        root.put(
                "families",
                catalog.families().stream().map(f -> family(f.view())).toList());
        root.put("warnings", catalog.warnings());
        root.put("problems", catalog.problems());
        return root;
    }

    public static Map<String, Object> family(KeyFamily family) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", family.kind().label());
        json.put("name", family.name());
        json.put("redisType", family.redisType());
        json.put("keys", family.keys());
        json.put("ttl", family.lifetime().declared());
        json.put("expires", family.lifetime().expires());
        json.put(
                "maxTtlMillis",
                family.lifetime().maxTtlMillis() < 0 ? null : family.lifetime().maxTtlMillis());
        json.put("valueTypes", family.valueTypes());
        json.put("modules", family.modules());
        return json;
    }

    /** Indented JSON text ending with a newline. */
    public static String text(Object tree) {
        try {
            return JSON.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps and lists of strings and numbers always serialize", e);
        }
    }
}
