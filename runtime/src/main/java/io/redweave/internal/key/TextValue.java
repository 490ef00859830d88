package io.redweave.internal.key;

import java.lang.reflect.Array;
import java.util.Arrays;

/**
 * The text of a value that stands for itself (a leaderboard member). Identity text such as {@code
 * Picture@1b6d3586} is refused: it differs per instance, so each call would add a new member.
 */
final class TextValue {

    private static final ClassValue<Boolean> HAS_OWN_TEXT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("toString").getDeclaringClass() != Object.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    private TextValue() {}

    static String of(Object value, String expression) {
        if (value == null) {
            throw new IllegalArgumentException(String.format(
                    "{%s} is null for this call, so there is no member to rank; make sure it is set, or rank"
                            + " by a property that always is",
                    expression));
        }
        if (value.getClass().isArray()) {
            return arrayText(value);
        }
        if (!HAS_OWN_TEXT.get(value.getClass())) {
            throw new IllegalArgumentException(String.format(
                    "{%s} is a %s, which has no toString() of its own and would rank as \"%s\"; name a property"
                            + " such as {%s.id}, or give %s a toString()",
                    expression,
                    value.getClass().getName(),
                    value,
                    expression,
                    value.getClass().getSimpleName()));
        }
        return value.toString();
    }

    private static String arrayText(Object array) {
        if (array instanceof Object[] objects) {
            return Arrays.deepToString(objects);
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < Array.getLength(array); i++) {
            out.append(i == 0 ? "" : ", ").append(Array.get(array, i));
        }
        return out.append(']').toString();
    }
}
