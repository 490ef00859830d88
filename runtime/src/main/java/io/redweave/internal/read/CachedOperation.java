package io.redweave.internal.read;

import io.redweave.internal.key.KeyTemplate;
import io.redweave.internal.key.Namespace;

/**
 * Cache-aside for one {@code @Cached} method, compiled once: read the key; on a hit return the
 * decoded value; on a miss (or when Redis is unreachable) run the method and store its result. A
 * Redis failure never reaches the caller; it is counted and the method's own result is returned.
 *
 * <p>This class is where a call's read protocol is decided. Without {@code @StampedeLock} it is the
 * plain one above; with it, the call goes to the method's {@link StampedeRead}, which adds single
 * flight, the fleet-wide lock, the waiting and early refresh. Both use the same {@link EntryStore}
 * steps, and neither calls back into the other.
 */
public final class CachedOperation {

    private final Namespace namespace;
    private final KeyTemplate key;
    private final EntryStore entries;
    private final StampedeRead stampede;

    CachedOperation(Namespace namespace, KeyTemplate key, EntryStore entries, StampedeRead stampede) {
        this.namespace = namespace;
        this.key = key;
        this.entries = entries;
        this.stampede = stampede;
    }

    /** The full Redis key for one call's arguments. */
    public String redisKey(Object[] args) {
        return namespace.key(key.render(args, null));
    }

    /** Runs the read protocol around {@code loader}. */
    public Object invoke(Object[] args, Loader loader) throws Throwable {
        String rendered = key.render(args, null);
        String redisKey = namespace.key(rendered);
        if (stampede != null) {
            return stampede.read(redisKey, rendered, loader);
        }
        Lookup found = entries.lookup(redisKey);
        if (found.hit()) {
            return found.value();
        }
        Object result = entries.load(loader);
        if (found.redisAnswered()) {
            entries.store(redisKey, result, 0);
        }
        return result;
    }

    /** The method being advised, run on a miss. */
    @FunctionalInterface
    public interface Loader {
        /** Runs the method. */
        Object load() throws Throwable;
    }
}
