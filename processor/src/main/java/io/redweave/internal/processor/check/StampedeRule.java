package io.redweave.internal.processor.check;

import io.redweave.internal.grammar.DurationSpec;
import io.redweave.internal.processor.model.AnnotatedMethod;
import io.redweave.internal.processor.model.Site;
import io.redweave.internal.processor.model.SiteKeys;
import io.redweave.internal.processor.model.SiteKind;
import java.util.Optional;

/**
 * The early-refresh and stale-serving attributes of {@code @StampedeLock} against the ttl of the
 * {@code @Cached} on the same method, as the runtime checks them on the first call: a refresh
 * window, XFetch and a stale copy all need an entry that expires, and the window must be shorter
 * than the ttl; XFetch's β must be a positive number. An empty ttl is the configured default,
 * unknown here, so the runtime alone checks the window against it.
 */
final class StampedeRule implements MethodRule {

    @Override
    public void check(AnnotatedMethod method, Diagnostics diagnostics) {
        for (Site lock : method.sites(SiteKind.STAMPEDE_LOCK)) {
            checkBeta(method, lock, diagnostics);
            Optional<DurationSpec> ttl =
                    method.site(SiteKind.CACHED).flatMap(cached -> SiteKeys.duration(cached, "ttl"));
            if (ttl.isPresent() && ttl.get().isForever()) {
                checkNeedsExpiry(method, lock, diagnostics);
            } else if (ttl.isPresent() && ttl.get().millis().isPresent()) {
                checkWindow(method, lock, ttl.get(), diagnostics);
            }
        }
    }

    private static void checkBeta(AnnotatedMethod method, Site lock, Diagnostics diagnostics) {
        double beta = lock.number("beta").doubleValue();
        if (!(beta > 0) || Double.isInfinite(beta)) {
            diagnostics.error(lock, "beta", Message.BETA_NOT_POSITIVE, Double.toString(beta), method.displayName());
        }
    }

    private static void checkNeedsExpiry(AnnotatedMethod method, Site lock, Diagnostics diagnostics) {
        for (String attribute : new String[] {"refreshAhead", "keepStale"}) {
            if (positive(lock, attribute)) {
                String written = String.format("%s \"%s\"", attribute, lock.string(attribute));
                diagnostics.error(
                        lock, attribute, Message.STAMPEDE_NEEDS_EXPIRY, written, method.displayName(), attribute);
            }
        }
        if (lock.flag("earlyRefresh")) {
            diagnostics.error(
                    lock,
                    "earlyRefresh",
                    Message.STAMPEDE_NEEDS_EXPIRY,
                    "earlyRefresh",
                    method.displayName(),
                    "earlyRefresh");
        }
    }

    private static void checkWindow(AnnotatedMethod method, Site lock, DurationSpec ttl, Diagnostics diagnostics) {
        Optional<DurationSpec> window = SiteKeys.duration(lock, "refreshAhead");
        if (window.isEmpty() || window.get().millis().isEmpty() || !positive(lock, "refreshAhead")) {
            return;
        }
        long ttlMillis = ttl.millis().getAsLong();
        if (window.get().millis().getAsLong() >= ttlMillis) {
            diagnostics.error(
                    lock,
                    "refreshAhead",
                    Message.REFRESH_AHEAD_TOO_LONG,
                    window.get().text(),
                    method.displayName(),
                    ttl.text(),
                    DurationSpec.format(Math.max(1, ttlMillis / 10)));
        }
    }

    /** A fixed length above zero; empty, {@code 0s} and values already in error are not. */
    private static boolean positive(Site site, String attribute) {
        return SiteKeys.duration(site, attribute)
                .map(d -> d.millis().orElse(0) > 0)
                .orElse(false);
    }
}
