package io.redweave.internal.processor.check;

import io.redweave.internal.grammar.DurationSpec;
import io.redweave.internal.processor.model.AnnotatedMethod;
import io.redweave.internal.processor.model.Site;
import io.redweave.internal.processor.model.SiteKeys;
import io.redweave.internal.processor.model.SiteKind;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A lock's {@code maxLease} caps how long a live holder keeps renewing its lease, so it cannot be
 * shorter than the lease itself (30 s when left empty): the runtime refuses such a lock on its first
 * call. Values that do not parse, {@code forever} and a zero lease are the {@link DurationRule}'s.
 */
final class LeaseRule implements MethodRule {

    /** The runtime's lease when the attribute is empty. */
    static final long DEFAULT_LEASE_MS = 30_000;

    @Override
    public void check(AnnotatedMethod method, Diagnostics diagnostics) {
        for (Site site : method.sites()) {
            if (site.kind() == SiteKind.LOCKED || site.kind() == SiteKind.STAMPEDE_LOCK) {
                check(method, site, diagnostics);
            }
        }
    }

    private static void check(AnnotatedMethod method, Site site, Diagnostics diagnostics) {
        Optional<DurationSpec> lease = SiteKeys.duration(site, "lease");
        Optional<DurationSpec> maxLease = SiteKeys.duration(site, "maxLease");
        if (lease.isEmpty() || maxLease.isEmpty() || maxLease.get().millis().isEmpty()) {
            return;
        }
        OptionalLong leaseMillis = lease.get().isDefault()
                ? OptionalLong.of(DEFAULT_LEASE_MS)
                : lease.get().millis();
        if (leaseMillis.isEmpty() || leaseMillis.getAsLong() <= 0) {
            return;
        }
        if (maxLease.get().millis().getAsLong() < leaseMillis.getAsLong()) {
            String leaseText =
                    lease.get().isDefault() ? "30s, the default" : lease.get().text();
            diagnostics.error(
                    site,
                    "maxLease",
                    Message.MAX_LEASE_SHORT,
                    site.kind().label(),
                    maxLease.get().text(),
                    method.displayName(),
                    leaseText);
        }
    }
}
