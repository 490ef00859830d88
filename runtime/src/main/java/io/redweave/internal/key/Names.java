package io.redweave.internal.key;

import io.redweave.RedweaveException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How operations name themselves in messages, and the rule for cache, counter, board and lock names. */
public final class Names {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private Names() {}

    /** {@code @Cached(name="musics") on MusicService.all()}. */
    public static String where(String annotation, String name, Method method) {
        String params = Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName)
                .collect(Collectors.joining(", "));
        return String.format(
                "%s(name=\"%s\") on %s.%s(%s)",
                annotation, name, method.getDeclaringClass().getSimpleName(), method.getName(), params);
    }

    /** {@code @Ranked(board="images") on GalleryService.show(long)}: as above, naming the attribute. */
    public static String where(String annotation, String attribute, String name, Method method) {
        String params = Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName)
                .collect(Collectors.joining(", "));
        return String.format(
                "%s(%s=\"%s\") on %s.%s(%s)",
                annotation, attribute, name, method.getDeclaringClass().getSimpleName(), method.getName(), params);
    }

    /** Fails unless {@code name} is letters, digits, {@code .}, {@code _} and {@code -}. */
    public static void checkName(String name, String where) {
        if (!NAME.matcher(name).matches()) {
            throw new RedweaveException(String.format(
                    "%s: the name \"%s\" is empty or holds a separator or pattern character; use letters, digits,"
                            + " '.', '_' and '-' only",
                    where, name));
        }
    }
}
