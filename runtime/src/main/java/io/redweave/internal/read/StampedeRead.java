package io.redweave.internal.read;

import io.redweave.LockTimeoutException;
import io.redweave.RedisUnavailableException;
import io.redweave.RedweaveException;
import io.redweave.annotations.WhenRedisDown;
import io.redweave.internal.lock.Lease;
import io.redweave.internal.lock.RedisLocks;
import io.redweave.internal.read.CachedOperation.Loader;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read path of one {@code @StampedeLock} method.
 *
 * <p>Hit: return the value; when it nears expiry, refresh it first (XFetch, on the caller's thread)
 * or in the background (the refreshAhead window), one refresher per key in the fleet, the others
 * keeping the current value. Miss: in this JVM, one caller per key leads ({@link SingleFlight}) and
 * the rest share its outcome. The leader takes the key's fleet-wide lock, reads the cache again (a
 * value stored meanwhile is not loaded twice), loads, stores and releases, which wakes the waiters in
 * other JVMs; they read the value. A leader that cannot take the lock waits for its release up to
 * {@code waitFor}, reading the cache at each wake-up, and then does what {@code onTimeout} says. A
 * failed load releases the lock at once and its exception reaches the leader and the callers that
 * joined it; waiters in other JVMs find no value and one of them loads.
 */
final class StampedeRead {

    private static final Logger LOG = LoggerFactory.getLogger(StampedeRead.class);

    private final String where;
    private final String cacheName;
    private final StampedeSettings settings;
    private final EntryStore entries;
    private final CachedReads shared;
    private final RedisLocks locks;
    private final long waitNanos;

    StampedeRead(String where, String cacheName, StampedeSettings settings, EntryStore entries, CachedReads shared) {
        this.where = where;
        this.cacheName = cacheName;
        this.settings = settings;
        this.entries = entries;
        this.shared = shared;
        this.locks = shared.locks();
        this.waitNanos = TimeUnit.MILLISECONDS.toNanos(settings.waitMillis());
    }

    /** Runs the guarded read for one call; {@code renderedKey} is the escaped key within the cache. */
    Object read(String redisKey, String renderedKey, Loader loader) throws Throwable {
        Lookup found = entries.lookup(redisKey);
        Call call = new Call(redisKey, renderedKey, loader, found);
        if (found.hit()) {
            return serveHit(call, found);
        }
        return shared.flights()
                .run(
                        redisKey,
                        waitNanos,
                        () -> found.redisAnswered() ? loadOnce(call) : redisDown(call, null),
                        () -> timedOut(call));
    }

    private Object loadOnce(Call call) throws Throwable {
        RedisLocks.Waited<Lookup> waited;
        try {
            waited = locks.acquire(call.lockKey(), settings.terms(), waitNanos, () -> freshOrNull(call));
        } catch (RedisUnavailableException e) {
            return redisDown(call, e);
        }
        if (waited.found() != null) {
            return waited.found().value();
        }
        if (waited.lease() == null) {
            return timedOut(call);
        }
        return loadHolding(call, waited.lease());
    }

    private Lookup freshOrNull(Call call) {
        Lookup again = entries.reread(call.redisKey);
        return again.hit() ? again : null;
    }

    private Object loadHolding(Call call, Lease lease) throws Throwable {
        try {
            Lookup again = entries.reread(call.redisKey);
            if (again.hit()) {
                return again.value();
            }
            return loadAndStore(call, again.stale() ? again : call.seen);
        } finally {
            lease.release();
        }
    }

    private Object loadAndStore(Call call, Lookup stale) throws Throwable {
        long start = shared.clock().millis();
        Object result;
        try {
            result = entries.load(call.loader);
        } catch (Throwable t) {
            if (settings.staleIfError() && stale.stale()) {
                LOG.warn("{}: load of {} failed ({}); serving the stale value", where, call.redisKey, t.toString());
                return stale.value();
            }
            throw t;
        }
        entries.store(call.redisKey, result, shared.clock().millis() - start);
        return result;
    }

    private Object timedOut(Call call) throws Throwable {
        switch (settings.onTimeout()) {
            case FAIL -> throw new LockTimeoutException(
                    String.format(
                            "%s: waited %d ms for another caller's load of \"%s\" (lock \"%s\"); the method did not"
                                    + " run. Raise waitFor above the load's time, or set onTimeout = LOAD or STALE",
                            where, settings.waitMillis(), call.redisKey, call.lockKey()),
                    call.lockKey(),
                    Duration.ofMillis(settings.waitMillis()));
            case STALE -> {
                if (call.seen.stale()) {
                    return call.seen.value();
                }
                return loadAndStore(call, call.seen);
            }
            default -> {
                return loadAndStore(call, call.seen);
            }
        }
    }

    private Object redisDown(Call call, RedisUnavailableException e) throws Throwable {
        if (settings.whenRedisDown() == WhenRedisDown.FAIL) {
            throw new RedisUnavailableException(
                    String.format(
                            "%s: the load of \"%s\" cannot take lock \"%s\" because Redis is unreachable (%s); the"
                                    + " method did not run. Set whenRedisDown = PROCEED to load without the"
                                    + " fleet-wide lock while Redis is down",
                            where, call.redisKey, call.lockKey(), e == null ? "the cache read failed" : e.getMessage()),
                    e);
        }
        if (e == null) {
            return entries.load(call.loader);
        }
        shared.degraded().record("lock " + call.lockKey() + " for " + where + " (loaded unlocked)", e);
        return loadAndStore(call, call.seen);
    }

    private Object serveHit(Call call, Lookup found) {
        long expiresAt = found.expiresAt();
        if (expiresAt < 0) {
            return found.value();
        }
        long now = shared.clock().millis();
        if (EarlyRefresh.inRefreshWindow(now, expiresAt, settings.refreshAheadMillis())) {
            shared.refresher().submit(call.redisKey, () -> refresh(call, found));
            return found.value();
        }
        if (settings.earlyRefresh()
                && EarlyRefresh.xfetch(now, found.deltaMillis(), settings.beta(), expiresAt, shared.draw())
                && shared.refresher().claim(call.redisKey)) {
            try {
                return refresh(call, found);
            } finally {
                shared.refresher().unclaim(call.redisKey);
            }
        }
        return found.value();
    }

    /**
     * Reloads a value that is still valid, if this caller wins the key's lock at once (otherwise
     * another member of the fleet refreshes it). Never fails: on any error the current value stays.
     */
    private Object refresh(Call call, Lookup current) {
        Lease lease;
        try {
            lease = locks.tryAcquire(call.lockKey(), settings.terms()).lease();
        } catch (RedweaveException e) {
            return current.value();
        }
        if (lease == null) {
            return current.value();
        }
        try {
            Lookup again = entries.reread(call.redisKey);
            if (again.hit() && again.expiresAt() != current.expiresAt()) {
                return again.value();
            }
            long start = shared.clock().millis();
            Object result = entries.load(call.loader);
            entries.store(call.redisKey, result, shared.clock().millis() - start);
            return result;
        } catch (Throwable t) {
            if (t instanceof Error error) {
                throw error;
            }
            LOG.warn(
                    "{}: early refresh of {} failed ({}); the current value is served",
                    where,
                    call.redisKey,
                    t.toString());
            return current.value();
        } finally {
            lease.release();
        }
    }

    /** One call's context: its keys, the method and what the first read saw. */
    private final class Call {
        final String redisKey;
        final String renderedKey;
        final Loader loader;
        final Lookup seen;

        Call(String redisKey, String renderedKey, Loader loader, Lookup seen) {
            this.redisKey = redisKey;
            this.renderedKey = renderedKey;
            this.loader = loader;
            this.seen = seen;
        }

        String lockKey() {
            return locks.keyOf(cacheName, renderedKey);
        }
    }
}
