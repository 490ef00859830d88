package io.redweave.internal.processor.model;

import io.redweave.internal.grammar.DurationParser;
import io.redweave.internal.grammar.DurationSpec;
import io.redweave.internal.grammar.ParsedTemplate;
import io.redweave.internal.grammar.TemplateParser;
import java.util.Optional;

/** The parsed keys and durations of a site, for the rules and the report that run after the checks. */
public final class SiteKeys {

    private SiteKeys() {}

    /**
     * The key of a {@code @Cached}, {@code @CachePut} or {@code @CacheEvict}: its template, or the
     * default key when it is empty. Empty when the template does not parse (already an error).
     */
    public static Optional<ParsedTemplate> cacheKey(Site site) {
        if (site.string("key").isEmpty()) {
            var names = site.method().getParameters().stream()
                    .map(p -> p.getSimpleName().toString())
                    .toList();
            return Optional.of(
                    ParsedTemplate.defaultFor(site.method().getSimpleName().toString(), names));
        }
        return template(site, "key");
    }

    /** A template attribute; empty when left empty or when it does not parse. */
    public static Optional<ParsedTemplate> template(Site site, String attribute) {
        String text = site.string(attribute);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return TemplateParser.tryParse(text);
    }

    /** A duration attribute; empty when it does not parse (already an error). */
    public static Optional<DurationSpec> duration(Site site, String attribute) {
        return DurationParser.tryParse(site.string(attribute));
    }
}
