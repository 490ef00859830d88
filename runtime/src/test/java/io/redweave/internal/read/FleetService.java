package io.redweave.internal.read;

import io.redweave.annotations.Cached;
import io.redweave.annotations.StampedeLock;
import io.redweave.internal.RedweaveRuntime;
import java.util.concurrent.TimeUnit;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Woven {@code @StampedeLock} methods that several JVMs call together. Every load counts itself in
 * Redis ({@code INCR}), outside every JVM, and may block on a Redis list until the test lets it go:
 * loads end when the test says, never after a sleep.
 */
public class FleetService {

    @Cached(name = "fleet", key = "cold", ttl = "1m")
    @StampedeLock(lease = "2s", waitFor = "20s")
    public String cold() {
        long n = incr("cold:loads");
        blockUntilPushed("cold:release", 30);
        return "cold-" + n;
    }

    @Cached(name = "fleet", key = "held", ttl = "1m")
    @StampedeLock(lease = "1s", waitFor = "20s")
    public String held() {
        long n = incr("held:loads");
        if (n == 1) {
            blockUntilPushed("held:never", 60); // the test kills this JVM meanwhile
        }
        return "held-" + n;
    }

    @Cached(name = "fleet", key = "long", ttl = "1m")
    @StampedeLock(lease = "500ms", waitFor = "20s")
    public String longLoad() {
        long n = incr("long:loads");
        if (n == 1) {
            blockUntilPushed("long:finish", 30);
        }
        return "long-" + n;
    }

    // a wait far longer than any test: the waiters can only end because the failed load woke them
    @Cached(name = "fleet", key = "failing", ttl = "1m")
    @StampedeLock(lease = "2s", waitFor = "10m")
    public String failing() {
        long n = incr("failing:loads");
        if (n == 1) {
            blockUntilPushed("failing:fail", 30);
            throw new IllegalStateException("first load fails");
        }
        return "failing-" + n;
    }

    /** The Redis key of a test counter or list, under this run's prefix. */
    static String testKey(String name) {
        return RedweaveRuntime.current().config().keyPrefix() + ":test:" + name;
    }

    static long incr(String name) {
        return client().getAtomicLong(testKey(name)).incrementAndGet();
    }

    static void blockUntilPushed(String list, int seconds) {
        try {
            client().<String>getBlockingQueue(testKey(list), StringCodec.INSTANCE)
                    .poll(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static RedissonClient client() {
        return RedweaveRuntime.current().client();
    }
}
