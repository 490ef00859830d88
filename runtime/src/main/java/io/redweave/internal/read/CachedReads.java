package io.redweave.internal.read;

import io.redweave.internal.lock.RedisLocks;
import io.redweave.internal.metrics.MetricsRegistry;
import io.redweave.internal.redis.DegradedLog;
import io.redweave.internal.store.ValueStore;
import io.redweave.internal.time.Ticker;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The read path of every {@code @Cached} method of one runtime: what they share (the value store,
 * the metrics, and for {@code @StampedeLock} the fleet-wide locks, the in-JVM single flight, the
 * background refresher, the wall clock of the envelopes and XFetch's random draw), and the compiler
 * that turns each method into its {@link CachedOperation}.
 */
public final class CachedReads implements AutoCloseable {

    private final ValueStore store;
    private final MetricsRegistry metrics;
    private final byte[] nullBytes;
    private final RedisLocks locks;
    private final DegradedLog degraded;
    private final Clock clock;
    private final DoubleSupplier draw;
    private final Ticker ticker;
    private final SingleFlight flights;
    private final BackgroundRefresh refresher = new BackgroundRefresh();

    /**
     * Shared parts over {@code store} and {@code locks}, with {@code clock} for the envelopes'
     * expiries and {@code ticker} for waits and load times (fake ones in tests).
     */
    public CachedReads(
            ValueStore store,
            MetricsRegistry metrics,
            RedisLocks locks,
            DegradedLog degraded,
            Clock clock,
            Ticker ticker) {
        this(
                store,
                metrics,
                locks,
                degraded,
                clock,
                ticker,
                () -> 1.0 - ThreadLocalRandom.current().nextDouble());
    }

    /** As above, with XFetch's uniform draw in (0, 1] given. */
    public CachedReads(
            ValueStore store,
            MetricsRegistry metrics,
            RedisLocks locks,
            DegradedLog degraded,
            Clock clock,
            Ticker ticker,
            DoubleSupplier draw) {
        this.store = store;
        this.metrics = metrics;
        this.nullBytes = store.encode(null, "null");
        this.locks = locks;
        this.degraded = degraded;
        this.clock = clock;
        this.ticker = ticker;
        this.flights = new SingleFlight(ticker);
        this.draw = draw;
    }

    /**
     * The read path of {@code method}.
     *
     * @throws io.redweave.RedweaveException naming the method when a {@code @StampedeLock} attribute
     *     is invalid
     */
    public CachedOperation compile(CachedMethod method) {
        StampedeSettings settings = method.stampede() == null
                ? null
                : StampedeSettings.of(method.stampede(), method.terms().ttlMillis(), method.where());
        EnvelopeFormat envelope = settings != null && settings.needsEnvelope()
                ? new EnvelopeFormat(clock, settings.keepStaleMillis())
                : null;
        EntryStore entries = new EntryStore(
                method.where(),
                method.returnType(),
                method.terms(),
                store,
                metrics.cache(method.cacheName()),
                nullBytes,
                envelope,
                ticker);
        StampedeRead stampede = settings == null
                ? null
                : new StampedeRead(
                        method.where().replace("@Cached", "@StampedeLock"),
                        method.cacheName(),
                        settings,
                        entries,
                        this);
        return new CachedOperation(method.namespace(), method.key(), entries, stampede);
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
