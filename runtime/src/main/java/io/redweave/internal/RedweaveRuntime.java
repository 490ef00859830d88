package io.redweave.internal;

import io.redweave.Cache;
import io.redweave.RedweaveConfig;
import io.redweave.internal.cache.CacheOperations;
import io.redweave.internal.cache.RedisCache;
import io.redweave.internal.count.Counting;
import io.redweave.internal.key.Namespace;
import io.redweave.internal.lock.LockOperations;
import io.redweave.internal.lock.RedisLocks;
import io.redweave.internal.metrics.MetricsRegistry;
import io.redweave.internal.read.CachedReads;
import io.redweave.internal.redis.CircuitBreaker;
import io.redweave.internal.redis.DegradedLog;
import io.redweave.internal.redis.RedisGateway;
import io.redweave.internal.store.ValueStore;
import io.redweave.internal.time.Ticker;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.redisson.api.RedissonClient;

/**
 * Everything one started Redweave holds, and the static slot through which woven advice finds it.
 * The advice reads {@link #current()} on every call: one volatile read.
 */
public final class RedweaveRuntime implements AutoCloseable {

    private static volatile RedweaveRuntime current;

    private final RedweaveConfig config;
    private final RedissonClient client;
    private final RedisGateway gateway;
    private final ValueStore store;
    private final MetricsRegistry metrics = new MetricsRegistry();
    private final ConcurrentHashMap<String, Namespace> namespaces = new ConcurrentHashMap<>();
    private final CacheOperations cacheOperations;
    private final RedisLocks locks;
    private final CachedReads reads;
    private final LockOperations lockOperations;
    private final Counting counting;

    /** A runtime over an existing client; {@link #install} makes it the one the advice uses. */
    public RedweaveRuntime(RedweaveConfig config, RedissonClient client) {
        this(config, client, Clock.systemUTC(), Ticker.system());
    }

    /**
     * As above, with the wall clock that stamps cache envelopes (expiry for early refresh and stale
     * serving) and the ticker that measures lock waits, lease caps and load times; tests pass fake
     * ones to move time instead of waiting.
     */
    public RedweaveRuntime(RedweaveConfig config, RedissonClient client, Clock clock, Ticker ticker) {
        this.config = config;
        this.client = client;
        this.gateway = new RedisGateway(
                client,
                config.timeout().toNanos(),
                new CircuitBreaker(
                        config.breakerFailures(), config.breakerOpenFor().toNanos(), ticker::read),
                new DegradedLog(TimeUnit.SECONDS.toNanos(10), ticker::read));
        this.store = new ValueStore(gateway, config.codec());
        this.locks = new RedisLocks(gateway, config.keyPrefix(), ticker);
        this.reads = new CachedReads(store, metrics, locks, gateway.degraded(), clock, ticker);
        this.lockOperations = new LockOperations(locks, gateway.degraded());
        this.cacheOperations = new CacheOperations(this::namespace, store, metrics, config.defaultTtl(), reads);
        this.counting = new Counting(config, gateway);
    }

    /** The installed runtime, or {@code null} when Redweave is not started. */
    public static RedweaveRuntime current() {
        return current;
    }

    /** Makes {@code runtime} the one the advice uses. */
    public static synchronized void install(RedweaveRuntime runtime) {
        if (current != null && runtime != null) {
            throw new IllegalStateException(
                    "Redweave is already started; close() the running instance before starting another");
        }
        current = runtime;
    }

    /** Removes {@code runtime} if it is the installed one. */
    public static synchronized void uninstall(RedweaveRuntime runtime) {
        if (current == runtime) {
            current = null;
        }
    }

    /** The namespace of cache {@code name} at the configured version. */
    public Namespace namespace(String name) {
        return namespaces.computeIfAbsent(
                name, n -> new Namespace(config.keyPrefix(), config.version(), n, config.keyFunction()));
    }

    /** A low-level cache over namespace {@code name}. */
    public Cache cache(String name) {
        return new RedisCache(gateway, namespace(name), store, config.defaultTtl());
    }

    /** The configuration. */
    public RedweaveConfig config() {
        return config;
    }

    /** The Redisson client. */
    public RedissonClient client() {
        return client;
    }

    /** The gateway every command goes through. */
    public RedisGateway gateway() {
        return gateway;
    }

    /** The value store. */
    public ValueStore store() {
        return store;
    }

    /** The per-cache counters. */
    public MetricsRegistry metrics() {
        return metrics;
    }

    /** The compiled cache operations. */
    public CacheOperations cacheOperations() {
        return cacheOperations;
    }

    /** Counters and boards: the advice's plans, the handles and the buffer. */
    public Counting counting() {
        return counting;
    }

    /** The fleet-wide locks. */
    public RedisLocks locks() {
        return locks;
    }

    /** The compiled {@code @Locked} operations. */
    public LockOperations lockOperations() {
        return lockOperations;
    }

    /** Stops the lease renewal and background refresh threads; held locks end within one lease. */
    @Override
    public void close() {
        reads.close();
        locks.close();
    }
}
