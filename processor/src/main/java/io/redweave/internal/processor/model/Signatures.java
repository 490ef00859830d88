package io.redweave.internal.processor.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Renders methods and types for messages and the report, without the type annotations and the
 * compiler-specific details that {@code TypeMirror.toString()} may carry.
 */
public final class Signatures {

    private Signatures() {}

    /** {@code OrderService.find(long, List<String>)}. */
    public static String display(ExecutableElement method) {
        return typeName(owner(method), false) + "." + method.getSimpleName() + parameters(method, false);
    }

    /** {@code com.shop.OrderService.find(long, java.util.List<java.lang.String>)}. */
    public static String qualified(ExecutableElement method) {
        return typeName(owner(method), true) + "." + method.getSimpleName() + parameters(method, true);
    }

    /** A type with simple names, such as {@code List<Music>}, or qualified names. */
    public static String type(TypeMirror type, boolean qualified) {
        return switch (type.getKind()) {
            case DECLARED -> declared((DeclaredType) type, qualified);
            case ARRAY -> type(((ArrayType) type).getComponentType(), qualified) + "[]";
            case TYPEVAR -> ((TypeVariable) type).asElement().getSimpleName().toString();
            case WILDCARD -> wildcard((WildcardType) type, qualified);
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE, VOID -> type.getKind()
                    .name()
                    .toLowerCase(Locale.ROOT);
            default -> type.toString();
        };
    }

    private static TypeElement owner(ExecutableElement method) {
        return (TypeElement) method.getEnclosingElement();
    }

    private static String parameters(ExecutableElement method, boolean qualified) {
        return method.getParameters().stream()
                .map(p -> type(p.asType(), qualified))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String declared(DeclaredType type, boolean qualified) {
        String name = typeName((TypeElement) type.asElement(), qualified);
        if (type.getTypeArguments().isEmpty()) {
            return name;
        }
        return type.getTypeArguments().stream()
                .map(t -> type(t, qualified))
                .collect(Collectors.joining(", ", name + "<", ">"));
    }

    private static String wildcard(WildcardType type, boolean qualified) {
        if (type.getExtendsBound() != null) {
            return "? extends " + type(type.getExtendsBound(), qualified);
        }
        if (type.getSuperBound() != null) {
            return "? super " + type(type.getSuperBound(), qualified);
        }
        return "?";
    }

    /** {@code Outer.Inner}, or {@code com.shop.Outer.Inner} when qualified. */
    static String typeName(TypeElement type, boolean qualified) {
        if (qualified) {
            return type.getQualifiedName().toString();
        }
        Deque<String> names = new ArrayDeque<>();
        Element current = type;
        while (current instanceof TypeElement) {
            names.addFirst(current.getSimpleName().toString());
            current = current.getEnclosingElement();
        }
        return String.join(".", names);
    }
}
