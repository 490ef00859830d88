package io.redweave.internal.key;

import io.redweave.RedweaveException;
import io.redweave.internal.grammar.DurationParser;
import io.redweave.internal.grammar.DurationSpec;
import io.redweave.internal.grammar.GrammarException;

/**
 * Reads the duration attributes of every annotation, through the grammar the processor checks them
 * with, so that a text the build accepts runs and a text it refuses fails the first call with the
 * same words (for code the processor never saw, such as classes woven at load time).
 */
public final class DurationAttributes {

    /** The length of a {@code forever} ttl. */
    public static final long FOREVER = -1;

    private DurationAttributes() {}

    /**
     * A length that must end: {@code text} in ms, or {@code fallback} when it is empty.
     *
     * @throws RedweaveException naming {@code where}, the attribute and the text when it does not
     *     parse or is {@code forever}
     */
    public static long length(String text, long fallback, String where, String attribute) {
        DurationSpec spec = parse(text, where, attribute);
        if (spec.isDefault()) {
            return fallback;
        }
        if (spec.isForever()) {
            throw new RedweaveException(String.format(
                    "%s %s \"forever\" cannot be forever; use a length such as 30s, or leave it empty",
                    where, attribute));
        }
        return spec.millis().getAsLong();
    }

    /**
     * A ttl: {@code text} in ms, {@link #FOREVER}, or {@code fallback} when it is empty.
     *
     * @throws RedweaveException naming {@code where}, the attribute and the text when it does not
     *     parse or is zero
     */
    public static long ttl(String text, long fallback, String where, String attribute) {
        DurationSpec spec = parse(text, where, attribute);
        if (spec.isDefault()) {
            return fallback;
        }
        if (spec.isForever()) {
            return FOREVER;
        }
        if (spec.isZero()) {
            throw new RedweaveException(String.format(
                    "%s %s \"%s\" must be longer than zero: Redis cannot store an entry that expires at once; use a"
                            + " length such as 10m",
                    where, attribute, text));
        }
        return spec.millis().getAsLong();
    }

    private static DurationSpec parse(String text, String where, String attribute) {
        try {
            return DurationParser.parse(text);
        } catch (GrammarException e) {
            throw new RedweaveException(String.format("%s %s \"%s\" %s", where, attribute, text, e.getMessage()));
        }
    }
}
