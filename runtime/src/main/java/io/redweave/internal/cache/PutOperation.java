package io.redweave.internal.cache;

import io.redweave.RedweaveException;
import io.redweave.internal.key.KeyTemplate;
import io.redweave.internal.key.Namespace;
import io.redweave.internal.metrics.CacheMetrics;
import io.redweave.internal.store.ValueStore;
import io.redweave.internal.tx.Transactions;
import java.util.List;

/**
 * One {@code @CachePut}, compiled once: after the call, stores the result under the rendered key (or
 * deletes the key for a {@code null} result that is not to be cached).
 */
public final class PutOperation {

    private final String where;
    private final Namespace namespace;
    private final KeyTemplate key;
    private final long ttlMillis;
    private final boolean cacheNull;
    private final ValueStore store;
    private final CacheMetrics metrics;

    PutOperation(
            String where,
            Namespace namespace,
            KeyTemplate key,
            long ttlMillis,
            boolean cacheNull,
            ValueStore store,
            CacheMetrics metrics) {
        this.where = where;
        this.namespace = namespace;
        this.key = key;
        this.ttlMillis = ttlMillis;
        this.cacheNull = cacheNull;
        this.store = store;
        this.metrics = metrics;
    }

    /**
     * Stores {@code result}; an unencodable value throws, a Redis failure is counted. Inside a
     * transaction the write waits for the commit and is dropped on rollback.
     */
    public void put(Object[] args, Object result) {
        String redisKey = namespace.key(key.render(args, result));
        byte[] bytes = result == null && !cacheNull ? null : store.encode(result, where);
        Transactions.afterCommit(() -> write(redisKey, bytes));
    }

    private void write(String redisKey, byte[] bytes) {
        try {
            if (bytes == null) {
                store.delete(List.of(redisKey));
            } else {
                store.writeBytes(redisKey, bytes, ttlMillis);
            }
        } catch (RedweaveException e) {
            metrics.error();
            store.redis().degraded().record("put for " + where, e);
        }
    }
}
