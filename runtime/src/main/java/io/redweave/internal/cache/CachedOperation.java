package io.redweave.internal.cache;

import io.redweave.RedweaveException;
import io.redweave.internal.key.KeyTemplate;
import io.redweave.internal.key.Namespace;
import io.redweave.internal.metrics.CacheMetrics;
import io.redweave.internal.stampede.StampedeGuard;
import io.redweave.internal.tx.Transactions;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * Cache-aside for one {@code @Cached} method, compiled once: read the key; on a hit return the
 * decoded value; on a miss (or when Redis is unreachable) run the method and store its result. A
 * Redis failure never reaches the caller; it is counted and the method's own result is returned.
 *
 * <p>With {@code @StampedeLock} the miss path is handed to a {@link StampedeGuard}, which uses this
 * class's read, load and store steps; entries may then be stored in an {@link Envelope}.
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
    private final StampedeGuard guard;
    private final EnvelopeFormat envelope;

    CachedOperation(
            String where,
            Namespace namespace,
            KeyTemplate key,
            Type returnType,
            long[] ttlJitterNullTtl,
            boolean cacheNull,
            ValueStore store,
            CacheMetrics metrics,
            byte[] nullBytes,
            StampedeGuard guard) {
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
        this.guard = guard;
        this.envelope = guard == null ? null : guard.envelope();
    }

    /** The full Redis key for one call's arguments. */
    public String redisKey(Object[] args) {
        return namespace.key(key.render(args, null));
    }

    /** Runs the cache-aside protocol around {@code loader}. */
    public Object invoke(Object[] args, Loader loader) throws Throwable {
        String rendered = key.render(args, null);
        String redisKey = namespace.key(rendered);
        if (guard != null) {
            return guard.invoke(this, redisKey, rendered, loader);
        }
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

    /**
     * Reads and decodes, counting a hit or a miss; a miss, an undecodable value and an unreachable
     * Redis are all misses. An envelope past its {@code exp} is a miss that carries the stale value.
     */
    public Lookup lookup(String redisKey) {
        Lookup found = reread(redisKey);
        if (found.hit) {
            metrics.hit();
        } else {
            metrics.miss();
        }
        if (!found.redisAnswered) {
            metrics.error();
        }
        return found;
    }

    /** {@link #lookup} without counting: a stampede waiter reads again after each wake-up. */
    public Lookup reread(String redisKey) {
        byte[] bytes;
        try {
            bytes = store.readBytes(redisKey);
        } catch (RedweaveException e) {
            degraded("GET", e);
            return Lookup.UNREACHABLE;
        }
        if (bytes == null) {
            return Lookup.MISS;
        }
        Envelope entry = Envelope.parse(bytes);
        byte[] valueBytes = entry == null ? bytes : entry.value();
        Object value = store.decode(valueBytes, returnType, redisKey);
        if (value == null && !Arrays.equals(valueBytes, nullBytes)) {
            return Lookup.MISS;
        }
        if (entry == null) {
            return new Lookup(true, true, value, -1, 0);
        }
        boolean fresh = envelope == null || envelope.clock().millis() < entry.expiresAt();
        return new Lookup(fresh, true, value, entry.expiresAt(), entry.deltaMillis());
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
        store(redisKey, result, 0);
    }

    /** {@link #store(String, Object)}, recording {@code loadMillis} in the envelope when one is kept. */
    public void store(String redisKey, Object result, long loadMillis) {
        if (result == null && !cacheNull) {
            return;
        }
        byte[] bytes = store.encode(result, where);
        long ttl = result == null ? nullTtlMillis : ValueStore.withJitter(ttlMillis, jitterMillis);
        if (envelope != null) {
            bytes = envelope.wrap(bytes, ttl, loadMillis);
            ttl = envelope.redisTtl(ttl);
        }
        byte[] stored = bytes;
        long redisTtl = ttl;
        // inside a transaction the value may come from rows that roll back: write only after the commit
        Transactions.afterCommit(() -> write(redisKey, stored, redisTtl));
    }

    private void write(String redisKey, byte[] bytes, long ttl) {
        try {
            store.writeBytes(redisKey, bytes, ttl);
        } catch (RedweaveException e) {
            metrics.error();
            degraded("SET", e);
        }
    }

    /** Where this operation came from, for messages. */
    public String where() {
        return where;
    }

    /** Counts a Redis failure of this cache. */
    public void degraded(String command, RedweaveException e) {
        store.redis().degraded().record(command + " for " + where, e.getCause() == null ? null : e);
    }

    /** The method being advised, run on a miss. */
    @FunctionalInterface
    public interface Loader {
        /** Runs the method. */
        Object load() throws Throwable;
    }

    /**
     * The outcome of a read. On a hit, {@code value} is the value; on a miss it is the stale value
     * when {@link #stale()}, else {@code null}. {@code expiresAt} is the envelope's expiry (epoch
     * ms), or -1 for a plain entry; {@code deltaMillis} is how long its load took.
     */
    public record Lookup(boolean hit, boolean redisAnswered, Object value, long expiresAt, long deltaMillis) {
        static final Lookup MISS = new Lookup(false, true, null, -1, 0);
        static final Lookup UNREACHABLE = new Lookup(false, false, null, -1, 0);

        /** Whether this miss carries a value kept past its expiry. */
        public boolean stale() {
            return !hit && expiresAt >= 0;
        }
    }
}
