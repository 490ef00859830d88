package io.redweave.internal.read;

import io.redweave.RedweaveException;
import io.redweave.annotations.OnTimeout;
import io.redweave.annotations.StampedeLock;
import io.redweave.annotations.WhenRedisDown;
import io.redweave.internal.lock.LeaseTerms;
import io.redweave.internal.lock.LockDurations;

/**
 * One {@code @StampedeLock}'s attributes, parsed and checked against its cache's ttl.
 *
 * @param keepStaleMillis how long entries outlive their expiry; 0 for none
 */
record StampedeSettings(
        LeaseTerms terms,
        long waitMillis,
        OnTimeout onTimeout,
        WhenRedisDown whenRedisDown,
        long refreshAheadMillis,
        boolean earlyRefresh,
        double beta,
        boolean staleIfError,
        long keepStaleMillis) {

    /**
     * Reads {@code a} for a cache whose ttl is {@code ttlMillis} (-1: forever).
     *
     * @throws RedweaveException naming {@code where} and the attribute when a value is invalid or
     *     does not fit the ttl
     */
    static StampedeSettings of(StampedeLock a, long ttlMillis, String where) {
        LeaseTerms terms = LockDurations.terms(a.lease(), a.maxLease(), where);
        long wait = LockDurations.millis(a.waitFor(), LockDurations.DEFAULT_WAIT_MS, where, "waitFor");
        long ahead = LockDurations.millis(a.refreshAhead(), 0, where, "refreshAhead");
        boolean keepsStale = a.staleIfError() || a.onTimeout() == OnTimeout.STALE;
        long keepStale =
                LockDurations.millis(a.keepStale(), keepsStale ? Math.max(ttlMillis, 0) : 0, where, "keepStale");
        if (ttlMillis < 0 && (ahead > 0 || a.earlyRefresh() || keepStale > 0)) {
            throw new RedweaveException(String.format(
                    "%s: refreshAhead, earlyRefresh and keepStale need a value that expires, but the ttl is forever;"
                            + " give @Cached a ttl or drop them",
                    where));
        }
        if (ahead >= ttlMillis && ahead > 0) {
            throw new RedweaveException(String.format(
                    "%s refreshAhead: \"%s\" is not shorter than the ttl (%d ms); use a window shorter than the ttl",
                    where, a.refreshAhead(), ttlMillis));
        }
        if (!(a.beta() > 0) || Double.isInfinite(a.beta())) {
            throw new RedweaveException(
                    String.format("%s beta: %s is not a positive number; use 1.0 unless measured", where, a.beta()));
        }
        return new StampedeSettings(
                terms,
                wait,
                a.onTimeout(),
                a.whenRedisDown(),
                ahead,
                a.earlyRefresh(),
                a.beta(),
                a.staleIfError(),
                keepStale);
    }

    /** Whether entries carry an envelope: early refresh needs the expiry, stale serving the copy. */
    boolean needsEnvelope() {
        return refreshAheadMillis > 0 || earlyRefresh || keepStaleMillis > 0;
    }
}
