package io.redweave;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * A full generic type for decoding values, such as {@code new ValueType<List<Music>>() {}}.
 *
 * <p>The bytes read from Redis never choose the class that is instantiated: the type given here (or
 * the woven method's declared return type) does.
 *
 * @param <T> the value type
 */
public abstract class ValueType<T> {

    private final Type type;

    /** Captures the type argument of the anonymous subclass. */
    protected ValueType() {
        Type superclass = getClass().getGenericSuperclass();
        if (!(superclass instanceof ParameterizedType parameterized)) {
            throw new IllegalStateException(
                    "ValueType needs a type argument; write new ValueType<List<Music>>() {} with the braces");
        }
        this.type = parameterized.getActualTypeArguments()[0];
    }

    private ValueType(Type type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** A value type for a plain class. */
    public static <T> ValueType<T> of(Class<T> type) {
        return new ValueType<>(type) {};
    }

    /** A value type for any reflective type, such as a method's generic return type. */
    public static ValueType<Object> of(Type type) {
        return new ValueType<>(type) {};
    }

    /** The Java type. */
    public Type type() {
        return type;
    }

    @Override
    public String toString() {
        return type.getTypeName();
    }
}
