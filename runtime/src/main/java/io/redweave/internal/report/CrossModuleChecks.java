package io.redweave.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checks the compiler cannot make, because each module compiles alone: they see the reports of
 * every module on the class path at once. A compiler warning that another module answers (the
 * eviction lives in the admin module) is not repeated here.
 */
final class CrossModuleChecks {

    private CrossModuleChecks() {}

    static List<String> check(List<FamilyDraft> drafts) {
        List<String> warnings = new ArrayList<>();
        for (FamilyDraft draft : drafts) {
            switch (draft.kind) {
                case CACHE -> {
                    neverInvalidated(draft, warnings);
                    twoValueTypes(draft, warnings);
                    onlyEvicted(draft, warnings);
                }
                case COUNTER -> twoTemplates(
                        draft,
                        warnings,
                        "counter \"%s\" is written under %d key templates: %s; its keys mix shapes in one namespace"
                                + " and counter(\"%s\").get(key) reads only one of them; use one template, or give"
                                + " each its own counter name");
                case BOARD -> twoTemplates(
                        draft,
                        warnings,
                        "board \"%s\" ranks members under %d templates: %s; one item can then hold two members and"
                                + " two scores, and leaderboard(\"%s\").top(n) shows both; use one member template");
                default -> {}
            }
        }
        return List.copyOf(warnings);
    }

    private static void neverInvalidated(FamilyDraft cache, List<String> warnings) {
        if (cache.invalidations > 0) {
            return;
        }
        for (FamilyDraft.Reader reader : cache.readers) {
            if (reader.forever() && !reader.suppressed()) {
                warnings.add(String.format(
                        "cache \"%s\" is read with ttl \"forever\" by %s, and no @CacheEvict or @CachePut in any"
                                + " module on the class path touches it, so its entries stay stale forever; evict it"
                                + " where the data changes, give a ttl such as 1h, or add"
                                + " @SuppressWarnings(\"redweave\")",
                        cache.name, reader.use().display()));
            }
        }
    }

    private static void twoValueTypes(FamilyDraft cache, List<String> warnings) {
        if (cache.valueTypes.size() > 1) {
            warnings.add(String.format(
                    "cache \"%s\" holds %d value types: %s; a reader of one cannot decode the entries another writes"
                            + " (each such read is a logged miss); give each type its own cache name",
                    cache.name, cache.valueTypes.size(), listed(cache.valueTypes)));
        }
    }

    private static void onlyEvicted(FamilyDraft cache, List<String> warnings) {
        if (cache.readers.isEmpty() && cache.valueTypes.isEmpty() && cache.invalidations > 0) {
            warnings.add(String.format(
                    "cache \"%s\" is evicted, but no @Cached or @CachePut in any module on the class path uses it,"
                            + " so the eviction does nothing; check the name",
                    cache.name));
        }
    }

    private static void twoTemplates(FamilyDraft draft, List<String> warnings, String format) {
        if (draft.templates.size() > 1) {
            warnings.add(
                    String.format(format, draft.name, draft.templates.size(), listed(draft.templates), draft.name));
        }
    }

    /** {@code sample.Music (MusicService.find(long) in a.jar), other.Music (...)}. */
    private static String listed(Map<String, List<Use>> byValue) {
        return byValue.entrySet().stream()
                .map(e -> e.getKey() + " ("
                        + e.getValue().stream().map(Use::display).distinct().collect(Collectors.joining(", "))
                        + ")")
                .collect(Collectors.joining(", "));
    }
}
