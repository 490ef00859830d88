package io.redweave.internal.processor.check;

import io.redweave.internal.grammar.DurationParser;
import io.redweave.internal.grammar.DurationSpec;
import io.redweave.internal.grammar.GrammarException;
import io.redweave.internal.processor.model.AnnotatedMethod;
import io.redweave.internal.processor.model.Site;
import java.util.Map;
import java.util.Optional;

/**
 * Every duration attribute of every annotation must parse. Some may not be {@code forever} (a
 * jitter, a null TTL, a counter buffer, a lock lease, its cap and wait, a refresh window, a stale
 * copy's life: the runtime rejects them on the first call) and some may not be zero (a TTL, a null
 * TTL, a lease); each rule carries the reason and an example for the message.
 */
final class DurationRule implements MethodRule {

    private record Limit(String example, String whyNotForever, String whyNotZero) {}

    private static final Map<String, Limit> LIMITS = Map.of(
            "ttl", new Limit("10m", null, "Redis cannot store an entry that expires at once"),
            "jitter", new Limit("30s", "a jitter is a random extra length added to the ttl", null),
            "nullTtl",
                    new Limit(
                            "30s",
                            "a cached null must expire; leave nullTtl empty to use the ttl",
                            "Redis cannot store an entry that expires at once"),
            "buffer", new Limit("100ms", "buffered increments would never be sent", null),
            "lease",
                    new Limit(
                            "30s",
                            "a crashed holder would never free the lock",
                            "the lock would expire as soon as it is taken"),
            "maxLease",
                    new Limit(
                            "5m",
                            "a hung holder would keep the lock for ever; leave maxLease empty for ten leases",
                            null),
            "waitFor", new Limit("5s", "a caller would wait for ever; use 0s not to wait at all", null),
            "refreshAhead", new Limit("30s", "the refresh window must end before the entry expires", null),
            "keepStale",
                    new Limit(
                            "10m",
                            "expired copies would never leave Redis; leave keepStale empty to keep them as long as"
                                    + " the ttl",
                            null));

    @Override
    public void check(AnnotatedMethod method, Diagnostics diagnostics) {
        for (Site site : method.sites()) {
            for (String attribute : site.kind().durationAttributes()) {
                check(method, site, attribute, diagnostics);
            }
        }
    }

    private static void check(AnnotatedMethod method, Site site, String attribute, Diagnostics diagnostics) {
        String text = site.string(attribute);
        String label = site.kind().label();
        Limit limit = LIMITS.get(attribute);
        Optional<DurationSpec> parsed;
        try {
            parsed = Optional.of(DurationParser.parse(text));
        } catch (GrammarException e) {
            diagnostics.error(
                    site,
                    attribute,
                    Message.DURATION_INVALID,
                    label,
                    attribute,
                    text,
                    method.displayName(),
                    e.getMessage());
            return;
        }
        if (parsed.get().isForever() && limit.whyNotForever() != null) {
            diagnostics.error(
                    site,
                    attribute,
                    Message.DURATION_FOREVER,
                    label,
                    attribute,
                    method.displayName(),
                    limit.whyNotForever(),
                    limit.example());
        } else if (parsed.get().isZero() && limit.whyNotZero() != null) {
            diagnostics.error(
                    site,
                    attribute,
                    Message.DURATION_ZERO,
                    label,
                    attribute,
                    text,
                    method.displayName(),
                    limit.whyNotZero(),
                    limit.example());
        }
    }
}
