package io.redweave.internal.key;

import io.redweave.RedweaveException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * A chain of property reads such as {@code .customer.id}, resolved once against the declared types
 * (getter {@code getX()}/{@code isX()}, record accessor {@code x()}, or field {@code x}) into method
 * handles, so rendering a key never reflects.
 */
final class PropertyPath {

    private static final PropertyPath EMPTY = new PropertyPath(new MethodHandle[0]);

    private final MethodHandle[] steps;

    private PropertyPath(MethodHandle[] steps) {
        this.steps = steps;
    }

    static PropertyPath empty() {
        return EMPTY;
    }

    /** Resolves {@code names} starting from {@code type}; {@code where} names the template for errors. */
    static PropertyPath resolve(Class<?> type, List<String> names, String expression, String where) {
        List<MethodHandle> handles = new ArrayList<>();
        Class<?> current = type;
        for (String name : names) {
            MethodHandle h = accessor(current, name);
            if (h == null) {
                throw new RedweaveException(String.format(
                        "%s: {%s} names property '%s', which %s does not have; add a getter get%s() or use an"
                                + " existing property",
                        where, expression, name, current.getName(), capitalise(name)));
            }
            handles.add(h.asType(h.type().changeParameterType(0, Object.class).changeReturnType(Object.class)));
            current = h.type().returnType();
        }
        return new PropertyPath(handles.toArray(new MethodHandle[0]));
    }

    Object read(Object root) {
        Object value = root;
        for (MethodHandle step : steps) {
            if (value == null) {
                return null;
            }
            try {
                value = step.invokeExact(value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new RedweaveException("reading a key property failed: " + t, t);
            }
        }
        return value;
    }

    private static MethodHandle accessor(Class<?> type, String name) {
        String cap = capitalise(name);
        for (String candidate : new String[] {"get" + cap, "is" + cap, name}) {
            Method m = findMethod(type, candidate);
            if (m != null && m.getReturnType() != void.class) {
                return unreflect(m);
            }
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                if (!Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    return MethodHandles.lookup().unreflectGetter(f);
                }
            } catch (NoSuchFieldException | IllegalAccessException | RuntimeException e) {
                // try the superclass
            }
        }
        return null;
    }

    private static Method findMethod(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                try {
                    return c.getDeclaredMethod(name);
                } catch (NoSuchMethodException ignored) {
                    // try the superclass
                }
            }
            return null;
        }
    }

    private static MethodHandle unreflect(Method m) {
        try {
            m.setAccessible(true);
            return MethodHandles.lookup().unreflect(m);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new RedweaveException(String.format("cannot read %s for a key: %s", m, e.getMessage()), e);
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
