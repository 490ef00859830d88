package io.redweave.internal.cache;

import io.redweave.RedweaveException;
import io.redweave.internal.key.KeyTemplate;
import io.redweave.internal.key.Namespace;
import io.redweave.internal.metrics.CacheMetrics;
import io.redweave.internal.store.ValueStore;
import io.redweave.internal.tx.Transactions;
import java.util.List;

/**
 * One {@code @CacheEvict}, compiled once: deletes one rendered key, or every key of the cache's
 * namespace, before or after the call. A Redis failure is counted and logged; the call goes on.
 */
public final class EvictOperation {

    private final String where;
    private final Namespace namespace;
    private final KeyTemplate key;
    private final boolean allEntries;
    private final boolean beforeInvocation;
    private final ValueStore store;
    private final CacheMetrics metrics;

    EvictOperation(
            String where,
            Namespace namespace,
            KeyTemplate key,
            boolean allEntries,
            boolean beforeInvocation,
            ValueStore store,
            CacheMetrics metrics) {
        this.where = where;
        this.namespace = namespace;
        this.key = key;
        this.allEntries = allEntries;
        this.beforeInvocation = beforeInvocation;
        this.store = store;
        this.metrics = metrics;
    }

    /** Whether this eviction runs before the method. */
    public boolean beforeInvocation() {
        return beforeInvocation;
    }

    /**
     * Evicts; {@code result} is the method's result when it ran, for {@code {result...}} keys. Inside
     * a transaction the eviction waits for the commit (a rollback changed nothing to evict).
     */
    public void evict(Object[] args, Object result) {
        String redisKey = allEntries ? null : namespace.key(key.render(args, result));
        // evicting before the commit would let another caller cache the old rows again
        Transactions.afterCommit(() -> delete(redisKey));
    }

    private void delete(String redisKey) {
        try {
            if (redisKey == null) {
                store.deleteMatching(namespace.pattern("*"), namespace::owns);
            } else {
                store.delete(List.of(redisKey));
            }
        } catch (RedweaveException e) {
            metrics.error();
            store.redis().degraded().record("evict for " + where, e);
        }
    }
}
