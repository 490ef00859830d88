package io.redweave.internal.lock;

import io.redweave.internal.redis.RedisGateway;
import io.redweave.internal.time.Ticker;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.redisson.api.RScript;
import org.redisson.api.RTopic;
import org.redisson.client.codec.StringCodec;

/**
 * Fleet-wide locks over Redis, shared by {@code @Locked} and {@code @StampedeLock}.
 *
 * <p>Protocol: a lock is the key {@code {prefix}:lock:{name}[:{key}]} holding its holder's random
 * token for one lease ({@link LockScripts#ACQUIRE}). While the holder's JVM lives, {@link
 * LeaseRenewer} extends the lease every third of it, up to the hard cap; a holder killed with {@code
 * kill -9} stops renewing and its lock ends within one lease. Only the token's owner can release
 * ({@link LockScripts#RELEASE}), which publishes on the channel named like the key. A waiter
 * subscribes to that channel before it looks again, then waits for the release or for the holder's
 * remaining lease, whichever comes first: it is woken as soon as the lock is free, never by a fixed
 * sleep, and never waits past its own deadline.
 *
 * <p>Redisson's {@code RLock} is not used: its watchdog lease is one client-wide setting, while each
 * annotation here chooses its own lease and cap; and its ownership is per thread, while a stampede
 * refresh takes the lock on one thread and may release it on another.
 */
public final class RedisLocks implements AutoCloseable {

    private static final String OWNER = ProcessHandle.current().pid() + ":";

    private final RedisGateway redis;
    private final String prefix;
    private final LeaseRenewer renewer;
    private final Ticker ticker;

    /**
     * Locks under {@code keyPrefix} (the configured key prefix, possibly empty); {@code ticker}
     * measures the waits and the lease caps.
     */
    public RedisLocks(RedisGateway redis, String keyPrefix, Ticker ticker) {
        this.redis = redis;
        this.prefix = keyPrefix;
        this.ticker = ticker;
        this.renewer = new LeaseRenewer(this, ticker);
    }

    /**
     * The lock key {@code {prefix}:lock:{name}[:{key}]}, the only place it is built. {@code
     * escapedKey} was escaped by its key template, so it cannot add a separator; empty means one lock
     * for the name.
     */
    public String keyOf(String name, String escapedKey) {
        String base = prefix + ":lock:" + name;
        return escapedKey.isEmpty() ? base : base + ":" + escapedKey;
    }

    /**
     * One attempt, without waiting.
     *
     * @throws io.redweave.RedisUnavailableException when Redis cannot be reached
     */
    public Attempt tryAcquire(String key, LeaseTerms terms) {
        String token = OWNER + Long.toHexString(ThreadLocalRandom.current().nextLong());
        long now = ticker.read();
        Long left = redis.call("lock " + key, () -> script().<Long>evalAsync(
                        key,
                        RScript.Mode.READ_WRITE,
                        LockScripts.ACQUIRE,
                        RScript.ReturnType.INTEGER,
                        List.of(key),
                        token,
                        Long.toString(terms.leaseMillis())));
        if (left == -1) {
            Lease lease = new Lease(this, key, token, terms, now);
            renewer.start(lease);
            return new Attempt(lease, 0);
        }
        return new Attempt(null, left);
    }

    /**
     * Takes the lock, waiting up to {@code waitNanos} as the ticker counts them. Before each attempt after the first, {@code
     * probe} may end the wait with what it found (a stampede waiter reads the cache there).
     *
     * @return the lease, or what the probe found, or neither when the wait ran out
     * @throws io.redweave.RedisUnavailableException when Redis cannot be reached
     */
    public <T> Waited<T> acquire(String key, LeaseTerms terms, long waitNanos, Supplier<T> probe) {
        long deadline = ticker.read() + waitNanos;
        Attempt attempt = tryAcquire(key, terms);
        if (attempt.acquired() || waitNanos <= 0) {
            return new Waited<>(attempt.lease(), null);
        }
        try (ReleaseSignal signal = subscribe(key)) {
            while (true) {
                var wake = signal.next();
                T found = probe.get();
                if (found != null) {
                    return new Waited<>(null, found);
                }
                attempt = tryAcquire(key, terms);
                if (attempt.acquired()) {
                    return new Waited<>(attempt.lease(), null);
                }
                long left = deadline - ticker.read();
                if (left <= 0) {
                    return new Waited<>(null, null);
                }
                signal.await(wake, Math.min(left, attempt.holderLeftNanos(left)));
            }
        }
    }

    /**
     * Subscribes to the release channel of {@code key}; returns once Redis confirmed the
     * subscription, so no release after this call is missed.
     *
     * @throws io.redweave.RedisUnavailableException when Redis cannot be reached
     */
    ReleaseSignal subscribe(String key) {
        RTopic topic = redis.client().getTopic(key, StringCodec.INSTANCE);
        ReleaseSignal signal = new ReleaseSignal(topic, key);
        int id = redis.call(
                "SUBSCRIBE " + key, () -> topic.addListenerAsync(String.class, (channel, msg) -> signal.released()));
        signal.listenerId(id);
        return signal;
    }

    /** Whether {@code lease} was still held, now deleted. */
    boolean release(Lease lease) {
        Long released = redis.call("unlock " + lease.key(), () -> script().<Long>evalAsync(
                        lease.key(),
                        RScript.Mode.READ_WRITE,
                        LockScripts.RELEASE,
                        RScript.ReturnType.INTEGER,
                        List.of(lease.key()),
                        lease.token()));
        return released == 1;
    }

    /** Extends {@code lease} by {@code millis}; whether it was still held. */
    boolean renew(Lease lease, long millis) {
        Long renewed = redis.call("renew lock " + lease.key(), () -> script().<Long>evalAsync(
                        lease.key(),
                        RScript.Mode.READ_WRITE,
                        LockScripts.RENEW,
                        RScript.ReturnType.INTEGER,
                        List.of(lease.key()),
                        lease.token(),
                        Long.toString(millis)));
        return renewed == 1;
    }

    private RScript script() {
        return redis.client().getScript(StringCodec.INSTANCE);
    }

    /** Stops renewing; held locks then end within one lease. */
    @Override
    public void close() {
        renewer.close();
    }

    /** One attempt's outcome: the lease, or how long the holder's lease still runs. */
    public record Attempt(Lease lease, long holderLeftMillis) {

        /** Whether the lock was taken. */
        public boolean acquired() {
            return lease != null;
        }

        /** How long to wait before the holder's lease ends (and one more ms), at most {@code cap}. */
        long holderLeftNanos(long cap) {
            if (holderLeftMillis < 0) {
                return cap;
            }
            return TimeUnit.MILLISECONDS.toNanos(holderLeftMillis + 1);
        }
    }

    /** The end of a wait: a lease, or what the probe found, or neither (the wait ran out). */
    public record Waited<T>(Lease lease, T found) {}
}
