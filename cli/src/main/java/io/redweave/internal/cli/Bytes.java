package io.redweave.internal.cli;

import java.util.Locale;

/** Byte counts as people read them: {@code 340 B}, {@code 1.25 MB}. */
final class Bytes {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    private Bytes() {}

    static String text(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
