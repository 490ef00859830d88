package io.redweave;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Publishes a running {@link Redweave}'s figures to a Micrometer {@link MeterRegistry}:
 *
 * <pre>{@code
 * RedweaveMeters.bind(redweave, registry);
 * }</pre>
 *
 * <p>Meters: {@code redweave.cache.hits}, {@code .misses}, {@code .errors} (function counters) and
 * {@code redweave.cache.loads} (a function timer), each tagged {@code cache}, and {@code
 * redweave.degraded.calls}. Caches first used after the call are bound too.
 *
 * <p>Micrometer is optional: this is the one public class that names its types, so an application
 * without {@code micrometer-core} never loads it, and {@code Redweave}'s own signatures stay free of
 * them (a Spring context that introspects {@code Redweave} does not need Micrometer). Thread-safe.
 */
public final class RedweaveMeters {

    private RedweaveMeters() {}

    /**
     * Registers the meters of every cache of {@code redweave}, now and as caches are first used.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public static void bind(Redweave redweave, MeterRegistry registry) {
        Objects.requireNonNull(redweave, "redweave");
        Objects.requireNonNull(registry, "registry");
        // Micrometer holds a function meter's state object weakly; a lambda made here would be collected
        // and the meter would read 0 for ever. So the state is the registry itself (alive as long as
        // anyone scrapes it) and the suppliers live in the functions, which the meters hold strongly.
        FunctionCounter.builder("redweave.degraded.calls", registry, r -> redweave.degradedCalls())
                .description("Calls that went on without Redis")
                .register(registry);
        redweave.onNewCache(cache -> bindCache(registry, redweave, cache));
    }

    private static void bindCache(MeterRegistry registry, Redweave redweave, String cache) {
        counter(registry, "redweave.cache.hits", cache, () -> stats(redweave, cache)
                .hits());
        counter(registry, "redweave.cache.misses", cache, () -> stats(redweave, cache)
                .misses());
        counter(registry, "redweave.cache.errors", cache, () -> stats(redweave, cache)
                .errors());
        FunctionTimer.builder(
                        "redweave.cache.loads",
                        registry,
                        r -> stats(redweave, cache).loads(),
                        r -> stats(redweave, cache).loadTime().toNanos(),
                        TimeUnit.NANOSECONDS)
                .tag("cache", cache)
                .description("Method runs on a cache miss")
                .register(registry);
    }

    private static CacheStats stats(Redweave redweave, String cache) {
        return redweave.stats().get(cache);
    }

    private static void counter(MeterRegistry registry, String name, String cache, LongSupplier value) {
        FunctionCounter.builder(name, registry, r -> value.getAsLong())
                .tag("cache", cache)
                .register(registry);
    }
}
