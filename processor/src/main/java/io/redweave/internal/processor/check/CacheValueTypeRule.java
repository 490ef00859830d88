package io.redweave.internal.processor.check;

import io.redweave.internal.processor.model.AnnotatedMethod;
import io.redweave.internal.processor.model.Signatures;
import io.redweave.internal.processor.model.Site;
import io.redweave.internal.processor.model.SiteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Every method that stores into one cache must store one value type: entries are decoded with the
 * reading method's declared return type, so a second type in the same namespace is a decoding
 * failure waiting for the first shared key. A primitive and its box are the same type here.
 */
final class CacheValueTypeRule implements CompilationRule {

    private final Types types;

    CacheValueTypeRule(Types types) {
        this.types = types;
    }

    @Override
    public void check(List<AnnotatedMethod> methods, Diagnostics diagnostics) {
        Map<String, List<Site>> storesByCache = new TreeMap<>();
        for (SiteKind kind : List.of(SiteKind.CACHED, SiteKind.CACHE_PUT)) {
            for (AnnotatedMethod method : methods) {
                for (Site site : method.sites(kind)) {
                    if (valueType(site).getKind() != TypeKind.VOID) {
                        storesByCache
                                .computeIfAbsent(site.name(), n -> new ArrayList<>())
                                .add(site);
                    }
                }
            }
        }
        storesByCache.values().forEach(sites -> checkOneCache(sites, diagnostics));
    }

    private void checkOneCache(List<Site> sites, Diagnostics diagnostics) {
        Site reference = sites.get(0);
        TypeMirror expected = boxed(valueType(reference));
        for (Site site : sites.subList(1, sites.size())) {
            TypeMirror actual = boxed(valueType(site));
            if (!types.isSameType(expected, actual)) {
                diagnostics.error(
                        site,
                        "name",
                        Message.CACHE_TYPE_CLASH,
                        site.kind().label(),
                        Signatures.display(site.method()),
                        Signatures.type(actual, false),
                        site.name(),
                        Signatures.display(reference.method()),
                        Signatures.type(expected, false));
            }
        }
    }

    private static TypeMirror valueType(Site site) {
        return site.method().getReturnType();
    }

    private TypeMirror boxed(TypeMirror type) {
        return type instanceof PrimitiveType primitive
                ? types.boxedClass(primitive).asType()
                : type;
    }
}
