package io.redweave.internal.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redweave.KeyFunction;
import io.redweave.audit.KeyFamily.Kind;
import io.redweave.internal.count.CounterKeys;
import io.redweave.internal.key.Namespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges the modules' reports into key families, filling in the configured prefix and version. Key
 * heads come from the runtime's own key builders ({@link Namespace}, {@link CounterKeys}), so a
 * pattern here is what the advice really writes.
 */
final class ReportMerger {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FORMAT = 1;

    private final Settings settings;
    private final CounterKeys counterKeys;
    private final Map<String, FamilyDraft> drafts = new TreeMap<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /** What fills the patterns in. */
    record Settings(String prefix, long version, KeyFunction keyFunction, long defaultTtlMillis) {}

    ReportMerger(Settings settings) {
        this.settings = settings;
        this.counterKeys = new CounterKeys(settings.prefix());
    }

    void add(ReportText text) {
        JsonNode root;
        try {
            root = JSON.readTree(text.json());
        } catch (JsonProcessingException e) {
            problems.add(String.format(
                    "the cache-key report of %s is not valid JSON (%s); rebuild the module",
                    text.origin(), e.getOriginalMessage()));
            return;
        }
        if (root.path("format").asInt(-1) != FORMAT) {
            problems.add(String.format(
                    "the cache-key report of %s has format %s, but this runtime reads format %d; build the module"
                            + " with the same Redweave version",
                    text.origin(), root.path("format").asText("(none)"), FORMAT));
            return;
        }
        sources.add(text.origin());
        String module = text.origin();
        root.path("caches").forEach(cache -> cache(cache, module));
        root.path("counters").forEach(counter -> counter(counter, module));
        root.path("boards").forEach(board -> board(board, module));
        root.path("locks").forEach(lock -> lock(lock, module));
    }

    List<FamilyDraft> drafts() {
        return List.copyOf(drafts.values());
    }

    List<String> sources() {
        return List.copyOf(sources);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private void cache(JsonNode cache, String module) {
        String name = cache.path("name").asText();
        FamilyDraft draft = draft(Kind.CACHE, name);
        String head = new Namespace(settings.prefix(), settings.version(), name, settings.keyFunction()).key("");
        JsonNode first = cache.path("reads").isEmpty()
                ? cache.path("writes").path(0)
                : cache.path("reads").path(0);
        if (cache.hasNonNull("valueType")) {
            draft.valueType(cache.path("valueType").asText(), use(first, module));
        }
        for (JsonNode read : cache.path("reads")) {
            draft.shape(KeyShape.templated(head, read.path("template").asText()), module);
            long ttl = Lifetimes.millis(read.path("ttl"), settings.defaultTtlMillis());
            draft.lifetime(Lifetimes.cacheRead(read, ttl), Lifetimes.cacheText(read, ttl));
            draft.readers.add(new FamilyDraft.Reader(
                    use(read, module), ttl < 0, read.path("suppressed").asBoolean(false)));
        }
        for (JsonNode write : cache.path("writes")) {
            draft.shape(KeyShape.templated(head, write.path("template").asText()), module);
            long ttl = Lifetimes.millis(write.path("ttl"), settings.defaultTtlMillis());
            draft.lifetime(ttl, Durations.text(ttl));
            draft.invalidations++;
        }
        draft.invalidations += cache.path("evictions").size();
    }

    private void counter(JsonNode counter, String module) {
        String name = counter.path("name").asText();
        for (JsonNode use : counter.path("uses")) {
            String template = templateAfter(use.path("key").asText(), "{prefix}:counter:" + name);
            long ttl = Lifetimes.millis(use.path("ttl"), -1);
            String text = ttl < 0 ? "never expires" : Durations.text(ttl);
            FamilyDraft plain = draft(Kind.COUNTER, name);
            plain.shape(shape(counterKeys.counter(name, template == null ? null : ""), template), module);
            plain.lifetime(ttl, text);
            plain.template(template == null ? "(no key)" : template, use(use, module));
            if (use.hasNonNull("unique")) {
                FamilyDraft unique = draft(Kind.COUNTER_UNIQUE, name);
                unique.shape(shape(counterKeys.unique(name, template == null ? null : ""), template), module);
                unique.lifetime(ttl, text);
                unique.template(use.path("unique").asText(), use(use, module));
            }
        }
    }

    private void board(JsonNode board, String module) {
        String name = board.path("name").asText();
        FamilyDraft draft = draft(Kind.BOARD, name);
        draft.shape(KeyShape.exact(counterKeys.board(name)), module);
        draft.lifetime(-1, "never expires");
        board.path("uses").forEach(use -> draft.template(use.path("member").asText(), use(use, module)));
    }

    private void lock(JsonNode lock, String module) {
        String name = lock.path("name").asText();
        Kind kind = lock.path("type").asText().equals("stampede") ? Kind.STAMPEDE_LOCK : Kind.LOCK;
        FamilyDraft draft = draft(kind, name);
        for (JsonNode use : lock.path("uses")) {
            String template = templateAfter(use.path("key").asText(), "{prefix}:lock:" + name);
            String head = settings.prefix() + ":lock:" + name + (template == null ? "" : ":");
            draft.shape(shape(head, template), module);
            long lease = Lifetimes.millis(use.path("lease"), Lifetimes.DEFAULT_LEASE_MS);
            draft.lifetime(lease, "lease " + Durations.text(lease));
        }
    }

    /** The template after {@code head:}, or null when the key is {@code head} alone. */
    private static String templateAfter(String key, String head) {
        return key.length() > head.length() && key.startsWith(head + ":") ? key.substring(head.length() + 1) : null;
    }

    private static KeyShape shape(String head, String template) {
        return template == null ? KeyShape.exact(head) : KeyShape.templated(head, template);
    }

    private static Use use(JsonNode use, String module) {
        return new Use(use.path("method").asText("(unknown method)"), module);
    }

    private FamilyDraft draft(Kind kind, String name) {
        return drafts.computeIfAbsent(kind.ordinal() + ":" + name, k -> new FamilyDraft(kind, name));
    }
}
