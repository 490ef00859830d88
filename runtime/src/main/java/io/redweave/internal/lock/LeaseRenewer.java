package io.redweave.internal.lock;

import io.redweave.RedweaveException;
import io.redweave.internal.time.Ticker;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps held locks alive while this JVM lives: every third of a lease, each lease is extended to a
 * full lease again, but never past its hard cap (acquisition + maxLease), so a hung holder cannot
 * keep a lock for ever. A holder whose JVM dies simply stops renewing. The renewals run on one
 * daemon thread; each is one short script call.
 */
final class LeaseRenewer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseRenewer.class);

    private final RedisLocks locks;
    private final ScheduledThreadPoolExecutor scheduler;
    private final Ticker ticker;

    LeaseRenewer(RedisLocks locks, Ticker ticker) {
        this.locks = locks;
        this.ticker = ticker;
        this.scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = new Thread(runnable, "redweave-lease-renewal");
            t.setDaemon(true);
            return t;
        });
        scheduler.setRemoveOnCancelPolicy(true);
    }

    /** Starts renewing {@code lease}. */
    void start(Lease lease) {
        long every = Math.max(1, lease.terms().leaseMillis() / 3);
        if (scheduler.isShutdown()) {
            return;
        }
        lease.renewal(scheduler.scheduleWithFixedDelay(() -> renew(lease), every, every, TimeUnit.MILLISECONDS));
    }

    private void renew(Lease lease) {
        if (lease.isReleased()) {
            throw new CancelRenewal();
        }
        long heldMillis = TimeUnit.NANOSECONDS.toMillis(ticker.read() - lease.acquiredNanos());
        long untilCap = lease.terms().maxLeaseMillis() - heldMillis;
        if (untilCap <= 0) {
            throw new CancelRenewal();
        }
        long extension = Math.min(lease.terms().leaseMillis(), untilCap);
        try {
            if (!locks.renew(lease, extension)) {
                if (!lease.isReleased()) {
                    LOG.warn("Lock {} was lost before its holder finished; it is no longer renewed", lease.key());
                }
                throw new CancelRenewal();
            }
            if (extension < lease.terms().leaseMillis()) {
                LOG.warn(
                        "Lock {} reaches its maxLease of {} ms and ends in {} ms although its holder still runs;"
                                + " raise maxLease if the work needs longer",
                        lease.key(),
                        lease.terms().maxLeaseMillis(),
                        extension);
                throw new CancelRenewal(); // the lock now ends exactly at the cap: nothing left to renew
            }
        } catch (RedweaveException e) {
            // Redis is down or slow: keep trying; the lease has two thirds of its life left
            LOG.debug("Renewal of lock {} failed: {}", lease.key(), e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    /** Ends a periodic task: a scheduled task that throws is not run again. */
    private static final class CancelRenewal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CancelRenewal() {
            super(null, null, false, false);
        }
    }
}
