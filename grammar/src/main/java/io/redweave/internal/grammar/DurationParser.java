package io.redweave.internal.grammar;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The duration syntax of every Redweave attribute and setting, exactly as written (no trimming, no
 * case folding): a whole number with a lower-case unit ({@code 300ms}, {@code 10s}, {@code 5m},
 * {@code 2h}, {@code 1d}); an ISO-8601 duration in upper case with days, hours, minutes and seconds
 * ({@code PT5M}, {@code P1DT12H}, {@code PT0.5S}); {@code forever}; or empty for the configured
 * default. A length is never negative and counts whole milliseconds, as Redis does.
 *
 * <p>Every other spelling is refused, each with its own fix: {@code 5M} could mean months, a sign or
 * a lower-case ISO text says nothing a canonical one does not, and one spelling per length keeps the
 * cache-key report and the code saying the same thing.
 */
public final class DurationParser {

    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h|d)");
    private static final Pattern SHORT_ANY_CASE = Pattern.compile("(?i)\\d+(ms|s|m|h|d)");
    private static final Pattern FRACTION = Pattern.compile("(?i)\\d*\\.\\d+[a-z]*");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern UNKNOWN_UNIT = Pattern.compile("\\d+([A-Za-z]+)");
    private static final Pattern ISO = Pattern.compile("P(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,9})?S)?)?");
    private static final Pattern ISO_CALENDAR = Pattern.compile("(?i)P[^T]*[YMW].*");

    static final String INVALID =
            "is not a valid duration; use 300ms, 10s, 5m, 2h, 1d, an ISO-8601 duration such as PT5M, or forever";

    private DurationParser() {}

    /**
     * Parses {@code text}.
     *
     * @throws GrammarException saying why {@code text} is not a duration and what to write instead
     */
    public static DurationSpec parse(String text) {
        if (text.isEmpty()) {
            return DurationSpec.ofDefault();
        }
        if (text.equals("forever")) {
            return DurationSpec.ofForever(text);
        }
        Matcher shortForm = SHORT.matcher(text);
        if (shortForm.matches()) {
            return DurationSpec.ofMillis(text, millis(shortForm));
        }
        if (ISO.matcher(text).matches()) {
            return DurationSpec.ofMillis(text, millis(iso(text)));
        }
        throw new GrammarException(problem(text), -1);
    }

    /** The parsed duration, or empty when {@code text} is not one. */
    public static Optional<DurationSpec> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (GrammarException e) {
            return Optional.empty();
        }
    }

    private static long millis(Matcher shortForm) {
        long amount;
        try {
            amount = Long.parseLong(shortForm.group(1));
        } catch (NumberFormatException e) {
            throw tooLong();
        }
        return millis(
                switch (shortForm.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> multiply(amount, 60);
                    case "h" -> multiply(amount, 3_600);
                    default -> multiply(amount, 86_400);
                });
    }

    private static Duration multiply(long amount, long seconds) {
        try {
            return Duration.ofSeconds(Math.multiplyExact(amount, seconds));
        } catch (ArithmeticException e) {
            throw tooLong();
        }
    }

    private static Duration iso(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            // a P or a T with no part after it, or a number too long for a long
            throw text.matches(".*\\d{19,}.*") ? tooLong() : new GrammarException(isoMessage(), -1);
        }
    }

    private static long millis(Duration duration) {
        if (duration.getNano() % 1_000_000 != 0) {
            throw new GrammarException(
                    "is not a whole number of milliseconds; Redis counts milliseconds, so write PT0.001S or"
                            + " longer, such as 500ms",
                    -1);
        }
        try {
            return duration.toMillis();
        } catch (ArithmeticException e) {
            throw tooLong();
        }
    }

    private static GrammarException tooLong() {
        return new GrammarException("is too long to count in milliseconds; use forever for no expiry", -1);
    }

    private static String isoMessage() {
        return "is not a valid ISO-8601 duration; write PnDTnHnMnS with at least one part, such as PT5M or"
                + " P1DT12H";
    }

    /** Why {@code text} is refused, most specific reason first. */
    private static String problem(String text) {
        if (text.chars().anyMatch(Character::isWhitespace)) {
            String joined = text.replaceAll("\\s", "");
            return String.format(
                    "has a space in it; write the number and its unit together with nothing around them, as in %s",
                    suggestion(joined));
        }
        if (text.equalsIgnoreCase("forever")) {
            return "is not in lower case; write forever";
        }
        if (text.startsWith("-")) {
            return String.format(
                    "is negative; a duration is a length of time, so write it without the sign, as in %s",
                    suggestion(text.substring(1)));
        }
        if (text.startsWith("+")) {
            return String.format("has a sign; write it without one, as in %s", suggestion(text.substring(1)));
        }
        if (SHORT_ANY_CASE.matcher(text).matches()) {
            return String.format(
                    "has an upper-case unit; units are ms, s, m, h and d in lower case, as in %s",
                    text.toLowerCase(Locale.ROOT));
        }
        if (FRACTION.matcher(text).matches()) {
            return "has a fraction; write a whole number of a smaller unit, such as 90m or 500ms";
        }
        if (NUMBER.matcher(text).matches()) {
            return String.format("has no unit; add one, as in %ss", text);
        }
        Matcher unit = UNKNOWN_UNIT.matcher(text);
        if (unit.matches()) {
            return String.format("has the unknown unit \"%s\"; use ms, s, m, h or d, as in 5m", unit.group(1));
        }
        if (text.startsWith("P") || text.startsWith("p")) {
            return isoProblem(text);
        }
        return INVALID;
    }

    private static String isoProblem(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (!upper.equals(text) && ISO.matcher(upper).matches()) {
            return String.format("is ISO-8601 in lower case; write it in upper case, as in %s", upper);
        }
        if (text.contains("-")) {
            return "has a negative part; write every part as a positive number, such as PT5M";
        }
        if (ISO_CALENDAR.matcher(text).matches()) {
            return "counts years, months or weeks, which have no fixed length; count days, hours, minutes and"
                    + " seconds instead, such as P30D";
        }
        return isoMessage();
    }

    private static String suggestion(String candidate) {
        return tryParse(candidate).filter(d -> !d.isDefault()).isPresent() ? candidate : "5m";
    }
}
