package io.redweave.internal.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.redweave.CacheStats;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Publishes the cache figures to Micrometer as {@code redweave.cache.*} meters tagged with the cache
 * name. Loaded only when a caller binds a registry, so Micrometer stays optional.
 *
 * <p>Micrometer holds a function meter's state object weakly; a lambda made here would be collected
 * and the meter would read 0 for ever. So the state is the registry itself (alive as long as anyone
 * scrapes it) and the suppliers live in the function, which the meter holds strongly.
 */
public final class MicrometerBinder {

    private MicrometerBinder() {}

    /**
     * Registers the degraded-call count and the meters of every cache, present and future;
     * {@code registry} is a {@code MeterRegistry}, typed {@code Object} for callers that must not
     * mention Micrometer.
     */
    public static void bindAll(
            Object registry, MetricsRegistry metrics, LongSupplier degraded, Function<String, CacheStats> stats) {
        MeterRegistry meters = (MeterRegistry) registry;
        bindDegraded(meters, degraded);
        metrics.onNewCache(name -> bind(meters, name, () -> stats.apply(name)));
    }

    /** Registers the meters of one cache. */
    public static void bind(MeterRegistry registry, String cache, Supplier<CacheStats> stats) {
        counter(registry, "redweave.cache.hits", cache, () -> stats.get().hits());
        counter(registry, "redweave.cache.misses", cache, () -> stats.get().misses());
        counter(registry, "redweave.cache.errors", cache, () -> stats.get().errors());
        FunctionTimer.builder(
                        "redweave.cache.loads",
                        registry,
                        r -> stats.get().loads(),
                        r -> stats.get().loadTime().toNanos(),
                        TimeUnit.NANOSECONDS)
                .tag("cache", cache)
                .description("Method runs on a cache miss")
                .register(registry);
    }

    /** Registers the degraded-call count. */
    public static void bindDegraded(MeterRegistry registry, LongSupplier degraded) {
        FunctionCounter.builder("redweave.degraded.calls", registry, r -> degraded.getAsLong())
                .description("Calls that went on without Redis")
                .register(registry);
    }

    private static void counter(MeterRegistry registry, String name, String cache, LongSupplier value) {
        FunctionCounter.builder(name, registry, r -> value.getAsLong())
                .tag("cache", cache)
                .register(registry);
    }
}
