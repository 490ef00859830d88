package io.redweave.internal.cache;

import io.redweave.RedweaveException;
import io.redweave.internal.key.KeyTemplate;
import io.redweave.internal.key.Namespace;
import io.redweave.internal.metrics.CacheMetrics;
import io.redweave.internal.tx.Transactions;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * Cache-aside for one {@code @Cached} method, compiled once: read the key; on a hit return the
 * decoded value; on a miss (or when Redis is unreachable) run the method and store its result. A
 * Redis failure never reaches the caller; it is counted and the method's own result is returned.
 */
public final class CachedOperation {

    private final String where;
    private final Namespace namespace;
    private final KeyTemplate key;
    private final Type returnType;
    private final long ttlMillis;
    private final long jitterMillis;
    private final boolean cacheNull;
    private final long nullTtlMillis;
    private final ValueStore store;
    private final CacheMetrics metrics;
    private final byte[] nullBytes;

    CachedOperation(
            String where,
            Namespace namespace,
            KeyTemplate key,
            Type returnType,
            long[] ttlJitterNullTtl,
            boolean cacheNull,
            ValueStore store,
            CacheMetrics metrics,
            byte[] nullBytes) {
        this.where = where;
        this.namespace = namespace;
        this.key = key;
        this.returnType = returnType;
        this.ttlMillis = ttlJitterNullTtl[0];
        this.jitterMillis = ttlJitterNullTtl[1];
        this.nullTtlMillis = ttlJitterNullTtl[2];
        this.cacheNull = cacheNull;
        this.store = store;
        this.metrics = metrics;
        this.nullBytes = nullBytes;
    }

    /** The full Redis key for one call's arguments. */
    public String redisKey(Object[] args) {
        return namespace.key(key.render(args, null));
    }

    /** Runs the cache-aside protocol around {@code loader}. */
    public Object invoke(Object[] args, Loader loader) throws Throwable {
        String redisKey = redisKey(args);
        Lookup found = lookup(redisKey);
        if (found.hit) {
            return found.value;
        }
        Object result = load(loader);
        if (found.redisAnswered) {
            store(redisKey, result);
        }
        return result;
    }

    /** Reads and decodes; a miss, an undecodable value and an unreachable Redis are all misses. */
    public Lookup lookup(String redisKey) {
        byte[] bytes;
        try {
            bytes = store.readBytes(redisKey);
        } catch (RedweaveException e) {
            degraded("GET", e);
            metrics.miss();
            return Lookup.UNREACHABLE;
        }
        if (bytes != null) {
            Object value = store.decode(bytes, returnType, redisKey);
            if (value != null || Arrays.equals(bytes, nullBytes)) {
                metrics.hit();
                return new Lookup(true, true, value);
            }
        }
        metrics.miss();
        return Lookup.MISS;
    }

    /** Runs the method, timing it as a load. */
    public Object load(Loader loader) throws Throwable {
        long start = System.nanoTime();
        Object result = loader.load();
        metrics.load(System.nanoTime() - start);
        return result;
    }

    /**
     * Stores a loaded result as the annotation says; Redis failures are counted, encoding failures
     * thrown. Inside a transaction the write waits for the commit and is dropped on rollback.
     */
    public void store(String redisKey, Object result) {
        if (result == null && !cacheNull) {
            return;
        }
        byte[] bytes = store.encode(result, where);
        long ttl = result == null ? nullTtlMillis : ValueStore.withJitter(ttlMillis, jitterMillis);
        // inside a transaction the value may come from rows that roll back: write only after the commit
        Transactions.afterCommit(() -> write(redisKey, bytes, ttl));
    }

    private void write(String redisKey, byte[] bytes, long ttl) {
        try {
            store.writeBytes(redisKey, bytes, ttl);
        } catch (RedweaveException e) {
            degraded("SET", e);
        }
    }

    /** Where this operation came from, for messages. */
    public String where() {
        return where;
    }

    private void degraded(String command, RedweaveException e) {
        metrics.error();
        store.redis().degraded().record(command + " for " + where, e.getCause() == null ? null : e);
    }

    /** The method being advised, run on a miss. */
    @FunctionalInterface
    public interface Loader {
        /** Runs the method. */
        Object load() throws Throwable;
    }

    /** The outcome of a read. */
    public record Lookup(boolean hit, boolean redisAnswered, Object value) {
        static final Lookup MISS = new Lookup(false, true, null);
        static final Lookup UNREACHABLE = new Lookup(false, false, null);
    }
}
