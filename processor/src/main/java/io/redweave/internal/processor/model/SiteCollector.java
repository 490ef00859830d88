package io.redweave.internal.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds the methods of a round that carry Redweave annotations, unwrapping repeated
 * {@code @CacheEvict} from its container, and orders them by qualified name so that diagnostics and
 * the report do not depend on the order the compiler hands elements over.
 */
public final class SiteCollector {

    private final Elements elements;
    private final SourceLocator locator;

    public SiteCollector(Elements elements, SourceLocator locator) {
        this.elements = elements;
        this.locator = locator;
    }

    /** The names of every annotation the processor reads, containers included. */
    public static Set<String> annotationNames() {
        Set<String> names = new LinkedHashSet<>();
        for (SiteKind kind : SiteKind.values()) {
            names.add(kind.annotationName());
        }
        names.add(SiteKind.CACHE_EVICT_LIST);
        return names;
    }

    /** The annotated methods of a round. */
    public List<AnnotatedMethod> collect(RoundEnvironment round) {
        Set<ExecutableElement> methods = new LinkedHashSet<>();
        for (String name : annotationNames()) {
            TypeElement annotation = elements.getTypeElement(name);
            if (annotation == null) {
                continue;
            }
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element.getKind() == ElementKind.METHOD || element.getKind() == ElementKind.CONSTRUCTOR) {
                    methods.add((ExecutableElement) element);
                }
            }
        }
        return describeSorted(methods);
    }

    /**
     * The annotated methods of the named types, read afresh. javac re-enters the sources between
     * rounds, so elements kept from an earlier round no longer map to source positions; the checks
     * that run in the last round read the methods again through their types.
     */
    public List<AnnotatedMethod> reread(Set<String> typeNames) {
        Set<ExecutableElement> methods = new LinkedHashSet<>();
        for (String name : typeNames) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                        .filter(SiteCollector::isAnnotated)
                        .forEach(methods::add);
            }
        }
        return describeSorted(methods);
    }

    private static boolean isAnnotated(ExecutableElement method) {
        Set<String> names = annotationNames();
        return method.getAnnotationMirrors().stream().anyMatch(m -> names.contains(annotationName(m)));
    }

    private List<AnnotatedMethod> describeSorted(Set<ExecutableElement> methods) {
        return methods.stream()
                .map(this::describe)
                .sorted(Comparator.comparing(AnnotatedMethod::qualifiedName))
                .toList();
    }

    private AnnotatedMethod describe(ExecutableElement method) {
        List<Site> sites = new ArrayList<>();
        for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
            String name = annotationName(mirror);
            if (name.equals(SiteKind.CACHE_EVICT_LIST)) {
                List<AnnotationMirror> evictions = containedAnnotations(mirror);
                for (int i = 0; i < evictions.size(); i++) {
                    sites.add(new Site(SiteKind.CACHE_EVICT, method, evictions.get(i), i, elements));
                }
            } else {
                SiteKind.byAnnotationName(name)
                        .ifPresent(kind -> sites.add(new Site(kind, method, mirror, -1, elements)));
            }
        }
        return new AnnotatedMethod(method, sites, locator.locate(method));
    }

    private static String annotationName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement())
                .getQualifiedName()
                .toString();
    }

    private List<AnnotationMirror> containedAnnotations(AnnotationMirror container) {
        List<AnnotationMirror> contained = new ArrayList<>();
        elements.getElementValuesWithDefaults(container).forEach((attribute, value) -> {
            if (attribute.getSimpleName().contentEquals("value") && value.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof AnnotationValue v && v.getValue() instanceof AnnotationMirror m) {
                        contained.add(m);
                    }
                }
            }
        });
        return contained;
    }
}
