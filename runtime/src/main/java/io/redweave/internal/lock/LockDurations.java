package io.redweave.internal.lock;

import io.redweave.RedweaveException;
import io.redweave.internal.key.DurationAttributes;

/** Reads the lease, cap and wait attributes shared by {@code @Locked} and {@code @StampedeLock}. */
public final class LockDurations {

    /** The lease when the annotation leaves it empty. */
    public static final long DEFAULT_LEASE_MS = 30_000;

    /** The wait when the annotation leaves it empty. */
    public static final long DEFAULT_WAIT_MS = 10_000;

    /** The cap, in leases, when the annotation leaves it empty. */
    public static final int DEFAULT_CAP_LEASES = 10;

    private LockDurations() {}

    /**
     * {@code text} in ms, or {@code fallback} when empty.
     *
     * @throws RedweaveException naming {@code where} and {@code attribute} when it does not parse
     */
    public static long millis(String text, long fallback, String where, String attribute) {
        return DurationAttributes.length(text, fallback, where, attribute);
    }

    /**
     * The lease terms from the {@code lease} and {@code maxLease} attributes.
     *
     * @throws RedweaveException naming {@code where} when the lease is not positive or the cap is
     *     shorter than the lease
     */
    public static LeaseTerms terms(String lease, String maxLease, String where) {
        long leaseMs = millis(lease, DEFAULT_LEASE_MS, where, "lease");
        if (leaseMs <= 0) {
            throw new RedweaveException(
                    String.format("%s lease: \"%s\" is not positive; use a lease such as 30s", where, lease));
        }
        long capMs = millis(maxLease, leaseMs * DEFAULT_CAP_LEASES, where, "maxLease");
        if (capMs < leaseMs) {
            throw new RedweaveException(String.format(
                    "%s maxLease: \"%s\" is shorter than the lease (%d ms); make it at least the lease",
                    where, maxLease, leaseMs));
        }
        return new LeaseTerms(leaseMs, capMs);
    }
}
