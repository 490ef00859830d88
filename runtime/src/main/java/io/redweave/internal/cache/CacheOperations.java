package io.redweave.internal.cache;

import io.redweave.RedweaveException;
import io.redweave.Ttl;
import io.redweave.annotations.CacheEvict;
import io.redweave.annotations.CachePut;
import io.redweave.annotations.Cached;
import io.redweave.annotations.StampedeLock;
import io.redweave.internal.key.DurationAttributes;
import io.redweave.internal.key.KeyTemplate;
import io.redweave.internal.key.Names;
import io.redweave.internal.key.Namespace;
import io.redweave.internal.metrics.MetricsRegistry;
import io.redweave.internal.read.CachedMethod;
import io.redweave.internal.read.CachedOperation;
import io.redweave.internal.read.CachedReads;
import io.redweave.internal.read.EntryTerms;
import io.redweave.internal.store.ValueStore;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Compiles each annotated method's operations once, on its first call, and keeps them by method.
 * Templates, durations and names are checked here, so a mistake fails the first call with a message
 * naming the method and the cache (the processor reports the same mistakes at compile time).
 */
public final class CacheOperations {

    private final ConcurrentHashMap<Method, CachedOperation> cached = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Method, List<EvictOperation>> evicts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Method, PutOperation> puts = new ConcurrentHashMap<>();
    private final Function<String, Namespace> namespaces;
    private final ValueStore store;
    private final MetricsRegistry metrics;
    private final Ttl defaultTtl;
    private final CachedReads reads;

    /**
     * Operations over {@code store}; {@code namespaces} maps a cache name to its namespace; {@code
     * reads} compiles the read path of each {@code @Cached} method.
     */
    public CacheOperations(
            Function<String, Namespace> namespaces,
            ValueStore store,
            MetricsRegistry metrics,
            Ttl defaultTtl,
            CachedReads reads) {
        this.namespaces = namespaces;
        this.store = store;
        this.metrics = metrics;
        this.defaultTtl = defaultTtl;
        this.reads = reads;
    }

    /** The {@code @Cached} operation of {@code method}. */
    public CachedOperation cached(Method method, Supplier<String[]> parameterNames) {
        CachedOperation op = cached.get(method);
        return op != null ? op : cached.computeIfAbsent(method, m -> compileCached(m, parameterNames.get()));
    }

    /** The {@code @CacheEvict} operations of {@code method}, in declaration order. */
    public List<EvictOperation> evicts(Method method, Supplier<String[]> parameterNames) {
        List<EvictOperation> ops = evicts.get(method);
        return ops != null ? ops : evicts.computeIfAbsent(method, m -> compileEvicts(m, parameterNames.get()));
    }

    /** The {@code @CachePut} operation of {@code method}. */
    public PutOperation put(Method method, Supplier<String[]> parameterNames) {
        PutOperation op = puts.get(method);
        return op != null ? op : puts.computeIfAbsent(method, m -> compilePut(m, parameterNames.get()));
    }

    private CachedOperation compileCached(Method method, String[] names) {
        Cached a = method.getAnnotation(Cached.class);
        String where = Names.where("@Cached", a.name(), method);
        Names.checkName(a.name(), where);
        if (method.getReturnType() == void.class) {
            throw new RedweaveException(where + " returns void; @Cached needs a value to store");
        }
        KeyTemplate key = KeyTemplate.compile(a.key(), method, names, where);
        if (key.usesResult()) {
            throw new RedweaveException(where + ": the key cannot read {result}, which does not exist before the call");
        }
        long ttl = DurationAttributes.ttl(a.ttl(), defaultTtl.toMillis(), where, "ttl");
        long jitter = DurationAttributes.length(a.jitter(), 0, where, "jitter");
        long nullTtl = DurationAttributes.ttl(a.nullTtl(), ttl, where, "nullTtl");
        return reads.compile(new CachedMethod(
                where,
                a.name(),
                namespaces.apply(a.name()),
                key,
                method.getGenericReturnType(),
                new EntryTerms(ttl, jitter, a.cacheNull(), nullTtl),
                method.getAnnotation(StampedeLock.class)));
    }

    private List<EvictOperation> compileEvicts(Method method, String[] names) {
        List<EvictOperation> ops = new ArrayList<>();
        for (CacheEvict a : method.getAnnotationsByType(CacheEvict.class)) {
            String where = Names.where("@CacheEvict", a.name(), method);
            Names.checkName(a.name(), where);
            KeyTemplate key = a.allEntries() ? null : KeyTemplate.compile(a.key(), method, names, where);
            if (key != null && a.beforeInvocation() && key.usesResult()) {
                throw new RedweaveException(
                        where + ": beforeInvocation = true runs before any result exists; drop {result} from the key");
            }
            ops.add(new EvictOperation(
                    where,
                    namespaces.apply(a.name()),
                    key,
                    a.allEntries(),
                    a.beforeInvocation(),
                    store,
                    metrics.cache(a.name())));
        }
        return List.copyOf(ops);
    }

    private PutOperation compilePut(Method method, String[] names) {
        CachePut a = method.getAnnotation(CachePut.class);
        String where = Names.where("@CachePut", a.name(), method);
        Names.checkName(a.name(), where);
        if (method.getReturnType() == void.class) {
            throw new RedweaveException(where + " returns void; @CachePut needs a value to store");
        }
        return new PutOperation(
                where,
                namespaces.apply(a.name()),
                KeyTemplate.compile(a.key(), method, names, where),
                DurationAttributes.ttl(a.ttl(), defaultTtl.toMillis(), where, "ttl"),
                a.cacheNull(),
                store,
                metrics.cache(a.name()));
    }
}
