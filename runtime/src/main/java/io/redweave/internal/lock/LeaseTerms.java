package io.redweave.internal.lock;

/**
 * How long a lock lives without renewal ({@code leaseMillis}), and the longest its holder may keep
 * it by renewing ({@code maxLeaseMillis}, counted from acquisition).
 */
public record LeaseTerms(long leaseMillis, long maxLeaseMillis) {

    /** Checks the terms; the compilers of the annotations give users the friendly message first. */
    public LeaseTerms {
        if (leaseMillis <= 0 || maxLeaseMillis < leaseMillis) {
            throw new IllegalArgumentException(String.format(
                    "lease %d ms must be positive and at most maxLease %d ms", leaseMillis, maxLeaseMillis));
        }
    }
}
