package io.redweave.internal.processor.model;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;

/**
 * Finds the source file and line of a method, and prints on repeated annotations. Both use the
 * compiler's Trees API where the compiler offers it (javac does; a wrapped processing environment or
 * another compiler may not); otherwise the file is named after the top-level type, the line is
 * unknown, and a message on a repeated annotation lands on its method.
 */
public final class SourceLocator {

    private final Elements elements;
    private final SourceTrees trees;

    private SourceLocator(Elements elements, SourceTrees trees) {
        this.elements = elements;
        this.trees = trees;
    }

    public static SourceLocator create(ProcessingEnvironment env) {
        SourceTrees trees;
        try {
            trees = SourceTrees.create(env);
        } catch (IllegalArgumentException | LinkageError e) {
            trees = null;
        }
        return new SourceLocator(env.getElementUtils(), trees);
    }

    public SourceLocation locate(ExecutableElement method) {
        PackageElement pkg = elements.getPackageOf(method);
        String dir = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString().replace('.', '/') + "/";
        String fallbackName = topLevel(method).getSimpleName() + ".java";
        if (trees == null) {
            return new SourceLocation(dir + fallbackName, 0);
        }
        String file = trees.fileName(method).orElse(fallbackName);
        return new SourceLocation(dir + file, trees.line(method));
    }

    /**
     * Prints on {@code attribute} of a repeated annotation (the site's place among its repeats picks
     * the tree). False when that is not possible, so the caller prints on the method instead.
     */
    public boolean printOnRepeated(Kind kind, String message, Site site, String attribute) {
        if (trees == null || site.repeatIndex() < 0) {
            return false;
        }
        return trees.print(kind, message, site.method(), site.kind().annotationName(), site.repeatIndex(), attribute);
    }

    private static Element topLevel(Element element) {
        Element current = element;
        while (!(current.getEnclosingElement() instanceof PackageElement)) {
            current = current.getEnclosingElement();
        }
        return current instanceof TypeElement ? current : element;
    }
}
