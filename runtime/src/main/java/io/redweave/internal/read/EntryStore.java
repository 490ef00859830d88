package io.redweave.internal.read;

import io.redweave.RedweaveException;
import io.redweave.internal.metrics.CacheMetrics;
import io.redweave.internal.store.Envelope;
import io.redweave.internal.store.ValueStore;
import io.redweave.internal.time.Ticker;
import io.redweave.internal.tx.Transactions;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * The steps of one {@code @Cached} method's read path that touch Redis or the method: read and
 * decode, run the method, encode and store. It holds no protocol: {@link CachedOperation} and
 * {@link StampedeRead} decide which step runs when. A Redis failure here is counted and logged,
 * never thrown; an encoding failure is thrown.
 */
final class EntryStore {

    private final String where;
    private final Type returnType;
    private final EntryTerms terms;
    private final ValueStore store;
    private final CacheMetrics metrics;
    private final byte[] nullBytes;
    private final EnvelopeFormat envelope;
    private final Ticker ticker;

    EntryStore(
            String where,
            Type returnType,
            EntryTerms terms,
            ValueStore store,
            CacheMetrics metrics,
            byte[] nullBytes,
            EnvelopeFormat envelope,
            Ticker ticker) {
        this.where = where;
        this.returnType = returnType;
        this.terms = terms;
        this.store = store;
        this.metrics = metrics;
        this.nullBytes = nullBytes;
        this.envelope = envelope;
        this.ticker = ticker;
    }

    /**
     * Reads and decodes, counting a hit or a miss; a miss, an undecodable value and an unreachable
     * Redis are all misses. An envelope past its {@code exp} is a miss that carries the stale value.
     */
    Lookup lookup(String redisKey) {
        Lookup found = reread(redisKey);
        if (found.hit()) {
            metrics.hit();
        } else {
            metrics.miss();
        }
        if (!found.redisAnswered()) {
            metrics.error();
        }
        return found;
    }

    /** {@link #lookup} without counting: a stampede waiter reads again after each wake-up. */
    Lookup reread(String redisKey) {
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
    Object load(CachedOperation.Loader loader) throws Throwable {
        long start = ticker.read();
        Object result = loader.load();
        metrics.load(ticker.read() - start);
        return result;
    }

    /**
     * Stores a loaded result as the annotation says, recording {@code loadMillis} in the envelope
     * when one is kept; Redis failures are counted, encoding failures thrown. Inside a transaction
     * the write waits for the commit and is dropped on rollback.
     */
    void store(String redisKey, Object result, long loadMillis) {
        if (result == null && !terms.cacheNull()) {
            return;
        }
        byte[] bytes = store.encode(result, where);
        long ttl =
                result == null ? terms.nullTtlMillis() : ValueStore.withJitter(terms.ttlMillis(), terms.jitterMillis());
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

    private void degraded(String command, RedweaveException e) {
        store.redis().degraded().record(command + " for " + where, e.getCause() == null ? null : e);
    }
}
