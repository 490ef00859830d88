package io.redweave.internal.lock;

import io.redweave.RedweaveException;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A held lock: its key, the random token that proves ownership, and the renewal that keeps it alive
 * while this JVM lives. Released at most once; only a release that still finds this token deletes
 * the lock.
 */
public final class Lease {

    private static final Logger LOG = LoggerFactory.getLogger(Lease.class);

    private final RedisLocks locks;
    private final String key;
    private final String token;
    private final LeaseTerms terms;
    private final long acquiredNanos;
    private volatile ScheduledFuture<?> renewal;
    private volatile boolean released;

    Lease(RedisLocks locks, String key, String token, LeaseTerms terms, long acquiredNanos) {
        this.locks = locks;
        this.key = key;
        this.token = token;
        this.terms = terms;
        this.acquiredNanos = acquiredNanos;
    }

    /** The lock's Redis key. */
    public String key() {
        return key;
    }

    String token() {
        return token;
    }

    LeaseTerms terms() {
        return terms;
    }

    long acquiredNanos() {
        return acquiredNanos;
    }

    void renewal(ScheduledFuture<?> renewal) {
        this.renewal = renewal;
    }

    boolean isReleased() {
        return released;
    }

    /**
     * Stops the renewal and deletes the lock if this holder still owns it, waking the waiters. A
     * Redis failure here is logged, not thrown: the work under the lock is done, and the lock ends
     * by itself within one lease.
     *
     * @return whether the lock was still this holder's
     */
    public boolean release() {
        if (released) {
            return false;
        }
        released = true;
        ScheduledFuture<?> r = renewal;
        if (r != null) {
            r.cancel(false);
        }
        try {
            boolean owned = locks.release(this);
            if (!owned) {
                LOG.warn(
                        "Lock {} was no longer held at release: the work took longer than its lease could be kept"
                                + " ({} ms, renewed up to {} ms), so another caller may have run concurrently;"
                                + " raise maxLease",
                        key,
                        terms.leaseMillis(),
                        terms.maxLeaseMillis());
            }
            return owned;
        } catch (RedweaveException e) {
            LOG.warn("Lock {} could not be released ({}); it ends when its lease runs out", key, e.getMessage());
            return false;
        }
    }
}
