package io.redweave.internal.processor.check;

import io.redweave.internal.processor.model.Site;
import io.redweave.internal.processor.model.SourceLocator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.tools.Diagnostic.Kind;

/**
 * Prints errors and warnings on the annotation value they are about, so that the caret lands on the
 * bad attribute (or on the annotation when the attribute keeps its default). Warnings are dropped
 * where {@code @SuppressWarnings("redweave")} is on the method or an enclosing class, and kept for
 * the report otherwise.
 */
public final class Diagnostics {

    /** The {@code @SuppressWarnings} value that silences Redweave warnings. */
    public static final String SUPPRESSION = "redweave";

    private final Messager messager;
    private final SourceLocator locator;
    private final List<Finding> warnings = new ArrayList<>();
    private int errors;

    public Diagnostics(Messager messager, SourceLocator locator) {
        this.messager = messager;
        this.locator = locator;
    }

    void error(Site site, String attribute, Message message, Object... arguments) {
        errors++;
        print(Kind.ERROR, site, attribute, message.format(arguments));
    }

    void warning(Site site, String attribute, Message message, Object... arguments) {
        if (isSuppressed(site.method())) {
            return;
        }
        String text = message.format(arguments);
        warnings.add(new Finding(site.name(), text));
        print(Kind.WARNING, site, attribute, text);
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** The warnings printed so far, in the order they were printed. */
    public List<Finding> warnings() {
        return List.copyOf(warnings);
    }

    private void print(Kind kind, Site site, String attribute, String text) {
        if (site.repeatIndex() >= 0 && locator.printOnRepeated(kind, text, site, attribute)) {
            return;
        }
        if (attribute == null || site.explicitValue(attribute) == null) {
            messager.printMessage(kind, text, site.method(), site.mirror());
        } else {
            messager.printMessage(kind, text, site.method(), site.mirror(), site.explicitValue(attribute));
        }
    }

    /** Whether {@code @SuppressWarnings("redweave")} is on {@code element} or a class around it. */
    public static boolean isSuppressed(Element element) {
        for (Element e = element; e != null && !(e instanceof PackageElement); e = e.getEnclosingElement()) {
            SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
            if (suppress != null && Arrays.asList(suppress.value()).contains(SUPPRESSION)) {
                return true;
            }
        }
        return false;
    }
}
