package io.redweave.internal.grammar;

import java.util.OptionalLong;

/**
 * A parsed duration: empty text (the configured default), {@code forever}, or a fixed length in
 * whole milliseconds.
 */
public record DurationSpec(String text, Form form, OptionalLong millis) {

    /** What the text stands for. */
    public enum Form {
        DEFAULT,
        FOREVER,
        FIXED
    }

    static DurationSpec ofDefault() {
        return new DurationSpec("", Form.DEFAULT, OptionalLong.empty());
    }

    static DurationSpec ofForever(String text) {
        return new DurationSpec(text, Form.FOREVER, OptionalLong.empty());
    }

    static DurationSpec ofMillis(String text, long millis) {
        return new DurationSpec(text, Form.FIXED, OptionalLong.of(millis));
    }

    public boolean isDefault() {
        return form == Form.DEFAULT;
    }

    public boolean isForever() {
        return form == Form.FOREVER;
    }

    /** True for a fixed length of zero. */
    public boolean isZero() {
        return millis.isPresent() && millis.getAsLong() == 0;
    }

    /** The text for people: as written, or {@code default} when the attribute was left empty. */
    public String display() {
        return isDefault() ? "default" : text;
    }

    /** {@code millis} in the short syntax, in the largest unit that holds it exactly: {@code 90s}, {@code 1m}. */
    public static String format(long millis) {
        long[] units = {86_400_000, 3_600_000, 60_000, 1_000};
        String[] names = {"d", "h", "m", "s"};
        for (int i = 0; i < units.length; i++) {
            if (millis > 0 && millis % units[i] == 0) {
                return millis / units[i] + names[i];
            }
        }
        return millis + "ms";
    }

    /** True when both stand for the same length (so {@code 60s} equals {@code 1m}). */
    public boolean sameLength(DurationSpec other) {
        return form == other.form && millis.equals(other.millis);
    }
}
