package io.redweave.internal.processor.model;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * One Redweave annotation on one method. Attribute values are read from the annotation mirror,
 * defaults included, so that diagnostics can point at the very value that is wrong.
 */
public final class Site {

    private final SiteKind kind;
    private final ExecutableElement method;
    private final AnnotationMirror mirror;
    private final int repeatIndex;
    private final Map<String, AnnotationValue> explicit = new HashMap<>();
    private final Map<String, AnnotationValue> withDefaults = new HashMap<>();

    Site(SiteKind kind, ExecutableElement method, AnnotationMirror mirror, int repeatIndex, Elements elements) {
        this.kind = kind;
        this.method = method;
        this.mirror = mirror;
        this.repeatIndex = repeatIndex;
        mirror.getElementValues()
                .forEach((k, v) -> explicit.put(k.getSimpleName().toString(), v));
        elements.getElementValuesWithDefaults(mirror)
                .forEach((k, v) -> withDefaults.put(k.getSimpleName().toString(), v));
    }

    public SiteKind kind() {
        return kind;
    }

    public ExecutableElement method() {
        return method;
    }

    public AnnotationMirror mirror() {
        return mirror;
    }

    /**
     * The place of this annotation among its repeats in a container (0 for the first), or -1 when it
     * is written once.
     */
    public int repeatIndex() {
        return repeatIndex;
    }

    /** The value as written in source, or {@code null} when the attribute keeps its default. */
    public AnnotationValue explicitValue(String attribute) {
        return explicit.get(attribute);
    }

    public String string(String attribute) {
        Object value = value(attribute);
        return value instanceof String s ? s : "";
    }

    public boolean flag(String attribute) {
        return Boolean.TRUE.equals(value(attribute));
    }

    /** A {@code long} or {@code double} attribute. */
    public Number number(String attribute) {
        Object value = value(attribute);
        return value instanceof Number n ? n : 0;
    }

    /** The name of an enum constant attribute, such as {@code SUCCESS}. */
    public String constant(String attribute) {
        Object value = value(attribute);
        return value instanceof VariableElement v ? v.getSimpleName().toString() : "";
    }

    /** The cache, counter, board or lock name; empty for {@code @StampedeLock}. */
    public String name() {
        return kind.nameAttribute().map(this::string).orElse("");
    }

    private Object value(String attribute) {
        AnnotationValue value = withDefaults.get(attribute);
        return value == null ? null : value.getValue();
    }
}
