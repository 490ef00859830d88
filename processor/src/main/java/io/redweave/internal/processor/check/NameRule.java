package io.redweave.internal.processor.check;

import io.redweave.internal.processor.model.AnnotatedMethod;
import io.redweave.internal.processor.model.Site;
import io.redweave.internal.processor.model.SiteKind;
import java.util.regex.Pattern;

/**
 * Cache, counter, board and lock names become part of Redis keys and of SCAN patterns, so they may
 * hold only characters that are neither the {@code :} separator nor glob syntax.
 */
final class NameRule implements MethodRule {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern INVALID_CHARACTER = Pattern.compile("[^A-Za-z0-9._-]+");

    static boolean isValid(String name) {
        return VALID.matcher(name).matches();
    }

    @Override
    public void check(AnnotatedMethod method, Diagnostics diagnostics) {
        for (Site site : method.sites()) {
            site.kind().nameAttribute().ifPresent(attribute -> check(method, site, attribute, diagnostics));
        }
    }

    private static void check(AnnotatedMethod method, Site site, String attribute, Diagnostics diagnostics) {
        String name = site.string(attribute);
        String label = site.kind().label();
        if (name.isEmpty()) {
            diagnostics.error(
                    site,
                    attribute,
                    Message.NAME_EMPTY,
                    label,
                    attribute,
                    method.displayName(),
                    noun(site.kind()),
                    example(site.kind()));
        } else if (!isValid(name)) {
            diagnostics.error(
                    site,
                    attribute,
                    Message.NAME_INVALID,
                    label,
                    attribute,
                    name,
                    method.displayName(),
                    suggestion(name, site.kind()));
        }
    }

    private static String suggestion(String name, SiteKind kind) {
        String cleaned = INVALID_CHARACTER.matcher(name).replaceAll(".").replaceAll("^\\.+|\\.+$", "");
        return cleaned.isEmpty() ? example(kind) : cleaned;
    }

    private static String noun(SiteKind kind) {
        return switch (kind) {
            case COUNTER -> "counter";
            case RANKED -> "board";
            case LOCKED -> "lock";
            default -> "cache";
        };
    }

    private static String example(SiteKind kind) {
        return switch (kind) {
            case COUNTER -> "orders.placed";
            case RANKED -> "top-products";
            case LOCKED -> "payout";
            default -> "orders";
        };
    }
}
