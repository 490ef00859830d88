package io.redweave.internal.processor.check;

import io.redweave.internal.processor.model.AnnotatedMethod;
import io.redweave.internal.processor.model.Site;
import io.redweave.internal.processor.model.SiteKind;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * The method must be one the weaving can advise and fit the annotation: AspectJ weaves {@code
 * execution()} join points into method bodies, so private and static methods are fine while abstract
 * and native methods (and constructors) are not; a cache needs a value; a stampede lock needs a
 * cached load.
 */
final class MethodShapeRule implements MethodRule {

    @Override
    public void check(AnnotatedMethod method, Diagnostics diagnostics) {
        Optional<String> unweavable = unweavableBecause(method.element());
        for (Site site : method.sites()) {
            String label = site.kind().label();
            if (unweavable.isPresent()) {
                diagnostics.error(site, null, Message.NOT_WEAVABLE, label, method.displayName(), unweavable.get());
            }
            boolean storesResult = site.kind() == SiteKind.CACHED || site.kind() == SiteKind.CACHE_PUT;
            if (storesResult && method.element().getReturnType().getKind() == TypeKind.VOID) {
                diagnostics.error(site, null, Message.VOID_METHOD, label, method.displayName(), label);
            }
            if (site.kind() == SiteKind.STAMPEDE_LOCK
                    && method.site(SiteKind.CACHED).isEmpty()) {
                diagnostics.error(site, null, Message.STAMPEDE_WITHOUT_CACHED, method.displayName());
            }
        }
    }

    private static Optional<String> unweavableBecause(ExecutableElement method) {
        Set<Modifier> modifiers = method.getModifiers();
        if (method.getKind() == ElementKind.CONSTRUCTOR) {
            return Optional.of("a constructor");
        }
        if (modifiers.contains(Modifier.ABSTRACT)) {
            boolean inInterface = method.getEnclosingElement().getKind().isInterface();
            return Optional.of(inInterface ? "an interface method without a body" : "abstract");
        }
        if (modifiers.contains(Modifier.NATIVE)) {
            return Optional.of("native, so it has no body to weave into");
        }
        return Optional.empty();
    }
}
