package io.redweave.internal.report;

/** Millisecond lengths written the way the annotations write them: {@code 300ms}, {@code 10s}, {@code 5m}. */
public final class Durations {

    private static final long[] UNITS = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
    private static final String[] NAMES = {"d", "h", "m", "s"};

    private Durations() {}

    /** {@code 90000} gives {@code 90s}, {@code 7200000} gives {@code 2h}; negative gives {@code forever}. */
    public static String text(long millis) {
        if (millis < 0) {
            return "forever";
        }
        for (int i = 0; i < UNITS.length; i++) {
            if (millis >= UNITS[i] && millis % UNITS[i] == 0) {
                return millis / UNITS[i] + NAMES[i];
            }
        }
        return millis + "ms";
    }
}
