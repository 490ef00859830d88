package io.redweave.internal.processor.check;

import io.redweave.internal.processor.model.AnnotatedMethod;
import io.redweave.internal.processor.model.Signatures;
import io.redweave.internal.processor.model.Site;
import io.redweave.internal.processor.model.SiteKind;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Warns when {@code @CacheEvict} or {@code @CachePut} names a cache that no {@code @Cached} method
 * reads: usually a misspelt name, which makes the eviction a silent no-op.
 */
final class CacheReferenceRule implements CompilationRule {

    @Override
    public void check(List<AnnotatedMethod> methods, Diagnostics diagnostics) {
        Set<String> caches = new TreeSet<>();
        methods.forEach(m -> m.sites(SiteKind.CACHED).forEach(s -> caches.add(s.name())));
        String known = caches.isEmpty() ? "none" : String.join(", ", caches);
        for (AnnotatedMethod method : methods) {
            for (Site site : method.sites()) {
                boolean refers = site.kind() == SiteKind.CACHE_EVICT || site.kind() == SiteKind.CACHE_PUT;
                if (refers && NameRule.isValid(site.name()) && !caches.contains(site.name())) {
                    diagnostics.warning(
                            site,
                            "name",
                            Message.UNKNOWN_CACHE,
                            site.kind().label(),
                            site.name(),
                            Signatures.display(site.method()),
                            known);
                }
            }
        }
    }
}
