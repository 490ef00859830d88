package io.redweave.internal.processor.check;

import io.redweave.internal.grammar.DurationSpec;
import io.redweave.internal.grammar.ParsedTemplate;
import io.redweave.internal.processor.model.AnnotatedMethod;
import io.redweave.internal.processor.model.Signatures;
import io.redweave.internal.processor.model.Site;
import io.redweave.internal.processor.model.SiteKeys;
import io.redweave.internal.processor.model.SiteKind;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Warns about entries that may live longer than the data they copy: a {@code forever} cache that
 * nothing in the compilation evicts or updates, a {@code forever} cache with one entry per
 * parameter value (an unbounded key space), and a {@code @CachePut} whose ttl differs from the
 * reading method's.
 */
final class CacheLifetimeRule implements CompilationRule {

    @Override
    public void check(List<AnnotatedMethod> methods, Diagnostics diagnostics) {
        Set<String> touched = new HashSet<>();
        Map<String, Site> readers = new LinkedHashMap<>();
        for (AnnotatedMethod method : methods) {
            method.sites(SiteKind.CACHE_EVICT).forEach(s -> touched.add(s.name()));
            method.sites(SiteKind.CACHE_PUT).forEach(s -> touched.add(s.name()));
            method.sites(SiteKind.CACHED).forEach(s -> readers.putIfAbsent(s.name(), s));
        }
        for (AnnotatedMethod method : methods) {
            for (Site site : method.sites(SiteKind.CACHED)) {
                checkForever(site, touched.contains(site.name()), diagnostics);
            }
            for (Site put : method.sites(SiteKind.CACHE_PUT)) {
                Optional.ofNullable(readers.get(put.name())).ifPresent(reader -> checkPutTtl(put, reader, diagnostics));
            }
        }
    }

    private static void checkForever(Site site, boolean touched, Diagnostics diagnostics) {
        if (!SiteKeys.duration(site, "ttl").map(DurationSpec::isForever).orElse(false)) {
            return;
        }
        String method = Signatures.display(site.method());
        if (!touched) {
            diagnostics.warning(site, "ttl", Message.FOREVER_NEVER_INVALIDATED, method, site.name());
        }
        Optional<ParsedTemplate> key = SiteKeys.cacheKey(site);
        if (key.isPresent() && key.get().hasPlaceholders()) {
            String varying = key.get().roots().stream().map(r -> "{" + r + "}").collect(Collectors.joining(", "));
            diagnostics.warning(site, "ttl", Message.FOREVER_UNBOUNDED, method, varying);
        }
    }

    private static void checkPutTtl(Site put, Site reader, Diagnostics diagnostics) {
        Optional<DurationSpec> written = SiteKeys.duration(put, "ttl");
        Optional<DurationSpec> read = SiteKeys.duration(reader, "ttl");
        if (written.isEmpty() || read.isEmpty() || written.get().sameLength(read.get())) {
            return;
        }
        diagnostics.warning(
                put,
                "ttl",
                Message.PUT_TTL_DIFFERS,
                written.get().display(),
                Signatures.display(put.method()),
                read.get().display(),
                Signatures.display(reader.method()),
                put.name());
    }
}
