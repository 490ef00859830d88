package io.redweave.demo.admin;

import io.redweave.Counter;
import io.redweave.Redweave;
import io.redweave.RedweaveException;
import io.redweave.Ttl;
import io.redweave.demo.web.HttpProblem;
import io.redweave.demo.web.RedisCalls;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins, counted in Redis per username and per client address with Redweave's windowed
 * counters: {@code {prefix}:counter:login-failures.user:{name}} and {@code
 * {prefix}:counter:login-failures.address:{ip}}, each created by its first failure together with
 * its expiry (one atomic step), so a lock always ends when its window does. Past a limit the
 * password is not checked at all, the right one included, until the window ends: 429 with {@code
 * Retry-After}. A PBKDF2 check costs hundreds of milliseconds of CPU, so this is also what keeps a
 * guessing client from using the demo's CPU as its own.
 *
 * <p>While Redis is unreachable nothing can be counted, and logins go on unthrottled (fail open, as
 * a cache-backed django-axes does); the form login needs Redis for its session anyway.
 */
public final class LoginThrottle {

    /** The counter of failures per username. */
    public static final String USERS = "login-failures.user";
    /** The counter of failures per client address. */
    public static final String ADDRESSES = "login-failures.address";

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final long NOTICE_EVERY_MS = 60_000;

    private final Redweave redweave;
    private final LoginLimits limits;
    private final AtomicLong lastNotice = new AtomicLong();

    public LoginThrottle(Redweave redweave, LoginLimits limits) {
        this.redweave = redweave;
        this.limits = limits;
    }

    /** Too many failed logins: no password is checked for this user or address until {@link #retryAfter()}. */
    public static final class LockedOut extends HttpProblem {
        private final Duration retryAfter;

        LockedOut(Duration retryAfter) {
            super(
                    429,
                    String.format(
                            "Too many failed logins for this user or from this address; try again in %s. "
                                    + "Until then no password is checked, not even the right one.",
                            words(retryAfter)),
                    Map.of("Retry-After", String.valueOf(retryAfter.toSeconds())));
            this.retryAfter = retryAfter;
        }

        /** How long the lock still lasts. */
        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /**
     * Refuses the attempt before any password is checked when the user or the address is locked.
     *
     * @return the user's failures in the current window (0 while Redis is unreachable)
     * @throws LockedOut when either has reached its limit in the current window
     */
    public long check(String username, String address) {
        try {
            Counter users = redweave.counter(USERS);
            long failures = users.get(username);
            if (failures >= limits.perUser()) {
                throw new LockedOut(remaining(users, username));
            }
            Counter addresses = redweave.counter(ADDRESSES);
            if (addresses.get(address) >= limits.perAddress()) {
                throw new LockedOut(remaining(addresses, address));
            }
            return failures;
        } catch (RedweaveException e) {
            unthrottled(e);
            return 0;
        }
    }

    /** Counts one failed login of {@code username} from {@code address}. */
    public void failed(String username, String address) {
        Ttl window = Ttl.of(limits.window());
        try {
            redweave.counter(USERS).incr(username, 1, window);
            redweave.counter(ADDRESSES).incr(address, 1, window);
        } catch (RedweaveException e) {
            unthrottled(e);
        }
    }

    /** A right password for {@code username}: its failures are forgotten (its address's are not). */
    public void succeeded(String username) {
        try {
            redweave.counter(USERS).reset(username);
        } catch (RedweaveException e) {
            unthrottled(e);
        }
    }

    // the Counter handle has no TTL read: PTTL through the raw client, on the counter's own key
    private Duration remaining(Counter counter, String key) {
        try {
            Long ms = RedisCalls.call("PTTL login failures", () -> redweave.redisson()
                    .getBucket(counter.redisKey(key), StringCodec.INSTANCE)
                    .remainTimeToLiveAsync());
            return ms != null && ms > 0 ? Duration.ofMillis(ms).plusMillis(999).withNanos(0) : limits.window();
        } catch (RedisCalls.RedisDownException e) {
            return limits.window();
        }
    }

    private void unthrottled(RedweaveException e) {
        long now = System.currentTimeMillis();
        long last = lastNotice.get();
        if (now - last >= NOTICE_EVERY_MS && lastNotice.compareAndSet(last, now)) {
            LOG.warn("Logins are not throttled while Redis cannot count failures: {}", e.getMessage());
        }
    }

    private static String words(Duration d) {
        long s = Math.max(1, d.toSeconds());
        if (s < 120) {
            return s + " seconds";
        }
        return ((s + 59) / 60) + " minutes";
    }
}
