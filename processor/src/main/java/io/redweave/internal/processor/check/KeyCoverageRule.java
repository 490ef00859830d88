package io.redweave.internal.processor.check;

import io.redweave.internal.grammar.GrammarException;
import io.redweave.internal.grammar.TemplateParser;
import io.redweave.internal.processor.model.AnnotatedMethod;
import io.redweave.internal.processor.model.Site;
import io.redweave.internal.processor.model.SiteKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Warns when a {@code @Cached} key template leaves out a parameter: calls that differ only in that
 * parameter then read each other's entry, which is the quietest cache bug there is.
 */
final class KeyCoverageRule implements MethodRule {

    @Override
    public void check(AnnotatedMethod method, Diagnostics diagnostics) {
        for (Site site : method.sites(SiteKind.CACHED)) {
            String key = site.string("key");
            if (key.isEmpty()) {
                continue;
            }
            Set<String> used;
            try {
                used = TemplateParser.parse(key).roots();
            } catch (GrammarException e) {
                continue;
            }
            List<String> missing = method.element().getParameters().stream()
                    .map(p -> p.getSimpleName().toString())
                    .filter(name -> !used.contains(name))
                    .toList();
            if (!missing.isEmpty()) {
                warn(method, site, key, missing, diagnostics);
            }
        }
    }

    private static void warn(
            AnnotatedMethod method, Site site, String key, List<String> missing, Diagnostics diagnostics) {
        String which = (missing.size() == 1 ? "parameter " : "parameters ") + String.join(", ", missing);
        String placeholders = missing.stream().map(n -> "{" + n + "}").collect(Collectors.joining(" and "));
        diagnostics.warning(
                site,
                "key",
                Message.KEY_LEAVES_OUT,
                key,
                method.displayName(),
                which,
                String.join(", ", missing),
                placeholders);
    }
}
