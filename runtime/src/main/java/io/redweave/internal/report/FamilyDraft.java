package io.redweave.internal.report;

import io.redweave.audit.KeyFamily;
import io.redweave.audit.KeyFamily.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One key family while the modules' reports are merged: what each module adds, kept with the
 * method that added it so that cross-module checks can name both sides.
 */
final class FamilyDraft {

    /** A {@code @Cached} reader, for the "never invalidated" check. */
    record Reader(Use use, boolean forever, boolean suppressed) {}

    final Kind kind;
    final String name;
    private final Map<String, KeyShape> shapes = new LinkedHashMap<>();
    private final Set<String> modules = new TreeSet<>();
    private final Set<String> declared = new LinkedHashSet<>();
    private boolean expires = true;
    private long maxTtlMillis = 0;
    final Map<String, List<Use>> valueTypes = new TreeMap<>();
    final Map<String, List<Use>> templates = new TreeMap<>();
    final List<Reader> readers = new ArrayList<>();
    int invalidations;

    FamilyDraft(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    void shape(KeyShape shape, String module) {
        shapes.putIfAbsent(shape.display(), shape);
        modules.add(module);
    }

    /** A writer's lifetime: {@code maxMillis} is the longest fresh TTL it gives, -1 for none. */
    void lifetime(long maxMillis, String text) {
        declared.add(text);
        if (maxMillis < 0) {
            expires = false;
        } else {
            maxTtlMillis = Math.max(maxTtlMillis, maxMillis);
        }
    }

    /** Records that {@code use} writes with {@code template} (a counter's key, a board's member). */
    void template(String template, Use use) {
        templates.computeIfAbsent(template, t -> new ArrayList<>()).add(use);
    }

    void valueType(String type, Use use) {
        valueTypes.computeIfAbsent(type, t -> new ArrayList<>()).add(use);
    }

    Family build() {
        String redisType = kind == Kind.BOARD ? "zset" : "string";
        KeyFamily.Lifetime lifetime = new KeyFamily.Lifetime(
                declared.isEmpty() ? "never expires" : String.join(", ", declared),
                expires && !declared.isEmpty(),
                expires && !declared.isEmpty() ? maxTtlMillis : -1);
        KeyFamily view = new KeyFamily(
                kind,
                name,
                redisType,
                shapes.keySet().stream().toList(),
                lifetime,
                List.copyOf(valueTypes.keySet()),
                List.copyOf(modules));
        return new Family(view, List.copyOf(shapes.values()));
    }
}
