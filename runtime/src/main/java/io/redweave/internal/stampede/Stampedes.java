package io.redweave.internal.stampede;

import io.redweave.annotations.StampedeLock;
import io.redweave.internal.cache.EnvelopeFormat;
import io.redweave.internal.lock.RedisLocks;
import io.redweave.internal.redis.DegradedLog;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * What every {@code @StampedeLock} method of one runtime shares: the fleet-wide locks, the in-JVM
 * single flight, the background refresher, the wall clock of the envelopes and XFetch's random
 * draw. Compiles one {@link StampedeGuard} per method.
 */
public final class Stampedes implements AutoCloseable {

    private final RedisLocks locks;
    private final DegradedLog degraded;
    private final Clock clock;
    private final DoubleSupplier draw;
    private final SingleFlight flights = new SingleFlight();
    private final BackgroundRefresh refresher = new BackgroundRefresh();

    /** Shared parts over {@code locks}, with {@code clock} for expiries (a fake one in tests). */
    public Stampedes(RedisLocks locks, DegradedLog degraded, Clock clock) {
        this(locks, degraded, clock, () -> 1.0 - ThreadLocalRandom.current().nextDouble());
    }

    /** As above, with XFetch's uniform draw in (0, 1] given. */
    public Stampedes(RedisLocks locks, DegradedLog degraded, Clock clock, DoubleSupplier draw) {
        this.locks = locks;
        this.degraded = degraded;
        this.clock = clock;
        this.draw = draw;
    }

    /**
     * The guard of a method with {@code a} on cache {@code cacheName} whose ttl is {@code ttlMillis}.
     *
     * @throws io.redweave.RedweaveException naming {@code where} when an attribute is invalid
     */
    public StampedeGuard compile(StampedeLock a, String cacheName, long ttlMillis, String where) {
        StampedeSettings settings = StampedeSettings.of(a, ttlMillis, where);
        EnvelopeFormat envelope =
                settings.needsEnvelope() ? new EnvelopeFormat(clock, settings.keepStaleMillis()) : null;
        return new StampedeGuard(where.replace("@Cached", "@StampedeLock"), cacheName, settings, envelope, this);
    }

    RedisLocks locks() {
        return locks;
    }

    DegradedLog degraded() {
        return degraded;
    }

    Clock clock() {
        return clock;
    }

    double draw() {
        return draw.getAsDouble();
    }

    SingleFlight flights() {
        return flights;
    }

    BackgroundRefresh refresher() {
        return refresher;
    }

    /** Stops the background refresher. */
    @Override
    public void close() {
        refresher.close();
    }
}
