package io.redweave.internal.processor.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Resolves {@code {param.property}} paths against declared types, the way the runtime reads them: a
 * getter {@code getX()} or {@code isX()}, a record component {@code x()}, or a field {@code x}
 * accessible from the annotated method's class. Generic members are seen through the owner's type
 * arguments, so {@code Page<Music>.getFirst()} is a {@code Music}.
 */
final class PropertyResolver {

    private final Elements elements;
    private final Types types;

    PropertyResolver(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The type of {@code owner.name}, or empty when there is no such readable property. */
    Optional<TypeMirror> property(TypeMirror owner, String name, TypeElement from) {
        if (owner.getKind() == TypeKind.ERROR) {
            return Optional.of(owner);
        }
        return Optional.ofNullable(properties(owner, from).get(name));
    }

    /** The readable properties of {@code owner}, sorted, for the message that lists the choices. */
    Set<String> names(TypeMirror owner, TypeElement from) {
        return new TreeSet<>(properties(owner, from).keySet());
    }

    private Map<String, TypeMirror> properties(TypeMirror owner, TypeElement from) {
        Map<String, TypeMirror> properties = new LinkedHashMap<>();
        Optional<DeclaredType> declared = declared(owner);
        if (declared.isEmpty()) {
            return properties;
        }
        DeclaredType type = declared.get();
        TypeElement element = (TypeElement) type.asElement();
        Set<String> components = element.getRecordComponents().stream()
                .map(RecordComponentElement::getSimpleName)
                .map(Object::toString)
                .collect(Collectors.toSet());
        for (Element member : elements.getAllMembers(element)) {
            if (member.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            if (member.getKind() == ElementKind.METHOD) {
                addAccessor(properties, type, (ExecutableElement) member, components);
            } else if (member.getKind() == ElementKind.FIELD && isAccessible(member, from)) {
                properties.putIfAbsent(member.getSimpleName().toString(), types.asMemberOf(type, member));
            }
        }
        return properties;
    }

    private void addAccessor(
            Map<String, TypeMirror> properties, DeclaredType owner, ExecutableElement method, Set<String> components) {
        if (!method.getParameters().isEmpty() || !method.getModifiers().contains(Modifier.PUBLIC)) {
            return;
        }
        TypeMirror returned = ((ExecutableType) types.asMemberOf(owner, method)).getReturnType();
        String name = method.getSimpleName().toString();
        propertyName(name, returned, components).ifPresent(p -> properties.put(p, returned));
    }

    private static Optional<String> propertyName(String method, TypeMirror returned, Set<String> components) {
        if (components.contains(method)) {
            return Optional.of(method);
        }
        if (returned.getKind() == TypeKind.VOID || method.equals("getClass")) {
            return Optional.empty();
        }
        if (method.startsWith("get") && method.length() > 3 && Character.isUpperCase(method.charAt(3))) {
            return Optional.of(decapitalize(method.substring(3)));
        }
        boolean isBoolean =
                returned.getKind() == TypeKind.BOOLEAN || returned.toString().equals("java.lang.Boolean");
        if (isBoolean && method.startsWith("is") && method.length() > 2 && Character.isUpperCase(method.charAt(2))) {
            return Optional.of(decapitalize(method.substring(2)));
        }
        return Optional.empty();
    }

    /** As {@code java.beans.Introspector}: {@code Id} becomes {@code id}, {@code URL} stays. */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private boolean isAccessible(Element field, TypeElement from) {
        Set<Modifier> modifiers = field.getModifiers();
        if (modifiers.contains(Modifier.PUBLIC)) {
            return true;
        }
        return !modifiers.contains(Modifier.PRIVATE)
                && elements.getPackageOf(field).equals(elements.getPackageOf(from));
    }

    private Optional<DeclaredType> declared(TypeMirror type) {
        if (type instanceof PrimitiveType primitive) {
            return Optional.of((DeclaredType) types.boxedClass(primitive).asType());
        }
        if (type instanceof TypeVariable variable) {
            return declared(variable.getUpperBound());
        }
        return type instanceof DeclaredType declared ? Optional.of(declared) : Optional.empty();
    }
}
