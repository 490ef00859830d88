package io.redweave.internal.lock;

import io.redweave.annotations.Cached;
import io.redweave.annotations.Locked;
import io.redweave.annotations.WhenRedisDown;
import java.util.concurrent.atomic.AtomicInteger;

/** Woven {@code @Locked} methods for {@link LockedTest}. */
public class LockedService {

    final AtomicInteger inside = new AtomicInteger();
    final AtomicInteger mostInside = new AtomicInteger();
    final AtomicInteger runs = new AtomicInteger();
    Runnable work = () -> {};

    @Locked(name = "ledger")
    public void post() {
        int now = inside.incrementAndGet();
        mostInside.accumulateAndGet(now, Math::max);
        work.run();
        runs.incrementAndGet();
        inside.decrementAndGet();
    }

    @Locked(name = "account", key = "{id}", waitFor = "300ms")
    public String payout(long id) {
        runs.incrementAndGet();
        return "paid " + id;
    }

    @Locked(name = "account", key = "{id}", waitFor = "0s")
    public String payoutNested(long id) {
        return payout(id) + " twice";
    }

    @Locked(name = "account", key = "{id}")
    public void failingPayout(long id) {
        throw new IllegalStateException("bank said no");
    }

    @Locked(name = "report", whenRedisDown = WhenRedisDown.PROCEED)
    public String reportProceeds() {
        runs.incrementAndGet();
        return "report";
    }

    @Locked(name = "report")
    public String reportFails() {
        runs.incrementAndGet();
        return "report";
    }

    @Locked(name = "catalog", waitFor = "0s")
    @Cached(name = "catalog", key = "all")
    public String lockedCatalog() {
        runs.incrementAndGet();
        return "catalog";
    }
}
