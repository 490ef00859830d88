package io.redweave.internal.processor.check;

import io.redweave.internal.processor.model.AnnotatedMethod;
import io.redweave.internal.processor.model.Signatures;
import io.redweave.internal.processor.model.Site;
import io.redweave.internal.processor.model.SiteKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A counter name is either a plain counter ({@code INCRBY}) or a HyperLogLog ({@code PFADD}, when
 * {@code unique} is set), never both: both live under the same key, and Redis answers the second
 * kind of command with {@code WRONGTYPE}.
 */
final class CounterKindRule implements CompilationRule {

    @Override
    public void check(List<AnnotatedMethod> methods, Diagnostics diagnostics) {
        Map<String, Site> first = new HashMap<>();
        for (AnnotatedMethod method : methods) {
            for (Site site : method.sites(SiteKind.COUNTER)) {
                Site reference = first.putIfAbsent(site.name(), site);
                if (reference != null && isUnique(reference) != isUnique(site)) {
                    diagnostics.error(
                            site,
                            "name",
                            Message.COUNTER_KIND_CLASH,
                            site.name(),
                            Signatures.display(site.method()),
                            kind(site),
                            Signatures.display(reference.method()),
                            kind(reference));
                }
            }
        }
    }

    private static boolean isUnique(Site site) {
        return !site.string("unique").isEmpty();
    }

    private static String kind(Site site) {
        return isUnique(site) ? "a HyperLogLog (unique is set)" : "a plain counter";
    }
}
