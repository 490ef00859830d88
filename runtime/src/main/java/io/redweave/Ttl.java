package io.redweave;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a stored value lives: a positive duration, or {@link #FOREVER}.
 *
 * <p>Parsed from the same text the annotations use: {@code 300ms}, {@code 10s}, {@code 5m}, {@code
 * 2h}, {@code 1d}, an ISO-8601 duration such as {@code PT5M}, or {@code forever}. Instances are
 * immutable and thread-safe.
 */
public final class Ttl {

    /** No expiry: the value lives until it is deleted (Django's {@code timeout=None}). */
    public static final Ttl FOREVER = new Ttl(null);

    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private final Duration duration;

    private Ttl(Duration duration) {
        this.duration = duration;
    }

    /**
     * A TTL of the given positive duration.
     *
     * @throws IllegalArgumentException if the duration is zero or negative
     */
    public static Ttl of(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(String.format(
                    "TTL %s is not positive; use a positive duration, or Ttl.FOREVER for no expiry", duration));
        }
        return new Ttl(duration);
    }

    /**
     * Parses {@code 300ms}, {@code 10s}, {@code 5m}, {@code 2h}, {@code 1d}, ISO-8601 or {@code
     * forever}.
     *
     * @throws IllegalArgumentException naming the text and the accepted forms when it does not parse
     */
    public static Ttl parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        if (t.equalsIgnoreCase("forever")) {
            return FOREVER;
        }
        return of(parseDuration(text));
    }

    /**
     * Parses a duration in the annotation syntax ({@code forever} excluded).
     *
     * @throws IllegalArgumentException naming the text and the accepted forms when it does not parse
     */
    public static Duration parseDuration(String text) {
        String t = text.trim();
        Matcher m = SHORT.matcher(t.toLowerCase(Locale.ROOT));
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            }
            if (t.regionMatches(true, 0, "P", 0, 1) || t.regionMatches(true, 0, "+P", 0, 2)) {
                return Duration.parse(t);
            }
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            // fall through to the common message
        }
        throw new IllegalArgumentException(String.format(
                "\"%s\" is not a valid duration; use 300ms, 10s, 5m, 2h, 1d, an ISO-8601 duration such as PT5M,"
                        + " or forever",
                text));
    }

    /** Whether this TTL never expires. */
    public boolean isForever() {
        return duration == null;
    }

    /**
     * The duration.
     *
     * @throws IllegalStateException for {@link #FOREVER}
     */
    public Duration duration() {
        if (duration == null) {
            throw new IllegalStateException("Ttl.FOREVER has no duration; check isForever() first");
        }
        return duration;
    }

    /** Milliseconds, or {@code -1} for {@link #FOREVER}. */
    public long toMillis() {
        return duration == null ? -1 : duration.toMillis();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ttl other && Objects.equals(duration, other.duration);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(duration);
    }

    @Override
    public String toString() {
        return duration == null ? "forever" : duration.toString();
    }
}
