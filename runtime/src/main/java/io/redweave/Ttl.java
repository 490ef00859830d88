package io.redweave;

import io.redweave.internal.grammar.DurationParser;
import io.redweave.internal.grammar.DurationSpec;
import io.redweave.internal.grammar.GrammarException;
import java.time.Duration;
import java.util.Objects;

/**
 * How long a stored value lives: a positive duration, or {@link #FOREVER}.
 *
 * <p>Parsed from the same text the annotations use, by the same parser as the annotation processor:
 * {@code 300ms}, {@code 10s}, {@code 5m}, {@code 2h}, {@code 1d}, an ISO-8601 duration such as {@code
 * PT5M}, or {@code forever}. Instances are immutable and thread-safe.
 */
public final class Ttl {

    /** No expiry: the value lives until it is deleted (Django's {@code timeout=None}). */
    public static final Ttl FOREVER = new Ttl(null);

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
     * Parses the annotation syntax: {@code 300ms}, {@code 10s}, {@code 5m}, {@code 2h}, {@code 1d}, an
     * ISO-8601 duration such as {@code PT5M}, or {@code forever}, written exactly so (see
     * docs/durations-and-templates.md).
     *
     * @throws IllegalArgumentException naming the text, what is wrong with it and what to write
     *     instead, when it does not parse or is zero
     */
    public static Ttl parse(String text) {
        Objects.requireNonNull(text, "text");
        DurationSpec spec;
        try {
            spec = DurationParser.parse(text);
        } catch (GrammarException e) {
            throw new IllegalArgumentException(String.format("\"%s\" %s", text, e.getMessage()));
        }
        if (spec.isDefault()) {
            throw new IllegalArgumentException("\"\" is empty; give a duration such as 5m, or forever");
        }
        return spec.isForever() ? FOREVER : of(Duration.ofMillis(spec.millis().getAsLong()));
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
