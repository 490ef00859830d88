package io.redweave.internal.processor.duration;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the duration syntax of every Redweave attribute: {@code 300ms}, {@code 10s}, {@code 5m},
 * {@code 2h}, {@code 1d}, an ISO-8601 duration such as {@code PT5M} or {@code P1D}, {@code forever},
 * or empty for the configured default. Negative lengths are not durations.
 */
public final class DurationParser {

    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private DurationParser() {}

    /** The parsed duration, or empty when {@code text} is not one. */
    public static Optional<DurationSpec> parse(String text) {
        if (text.isEmpty()) {
            return Optional.of(DurationSpec.ofDefault());
        }
        if (text.equals("forever")) {
            return Optional.of(DurationSpec.ofForever(text));
        }
        try {
            Matcher matcher = SHORT.matcher(text);
            Duration duration = matcher.matches() ? shortForm(matcher) : Duration.parse(text);
            if (duration.isNegative()) {
                return Optional.empty();
            }
            return Optional.of(DurationSpec.ofMillis(text, duration.toMillis()));
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Duration shortForm(Matcher matcher) {
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
