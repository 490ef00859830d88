package io.redweave.internal.processor.check;

import io.redweave.internal.processor.model.AnnotatedMethod;
import java.util.List;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Runs every rule: the per-method rules on each method as its round delivers it, the rules across
 * methods once, when every round is in.
 */
public final class Checks {

    private final Diagnostics diagnostics;
    private final List<MethodRule> methodRules;
    private final List<CompilationRule> compilationRules;

    public Checks(Elements elements, Types types, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.methodRules = List.of(
                new MethodShapeRule(),
                new NameRule(),
                new DurationRule(),
                new LeaseRule(),
                new StampedeRule(),
                new TemplateRule(new PropertyResolver(elements, types)),
                new KeyCoverageRule());
        this.compilationRules =
                List.of(new CacheValueTypeRule(types), new CacheReferenceRule(), new CacheLifetimeRule());
    }

    public void checkMethod(AnnotatedMethod method) {
        methodRules.forEach(rule -> rule.check(method, diagnostics));
    }

    public void checkCompilation(List<AnnotatedMethod> methods) {
        compilationRules.forEach(rule -> rule.check(methods, diagnostics));
    }
}
