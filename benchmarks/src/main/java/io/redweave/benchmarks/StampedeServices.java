package io.redweave.benchmarks;

import io.redweave.annotations.Cached;
import io.redweave.annotations.StampedeLock;
import java.time.Duration;
import java.time.Instant;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * The loaders that {@link StampedeBenchmark} stampedes on: a 200 ms load behind Redweave's
 * {@code @StampedeLock}, behind a plain {@code @Cached}, and behind the tutorial's hand-made lock.
 * Every load counts itself with {@code INCR} in Redis, so loads in every JVM add up.
 */
public final class StampedeServices {

    /** How long one load takes: a slow database query. */
    static final Duration LOAD_TIME = Duration.ofMillis(200);

    private static volatile long loadMillis = LOAD_TIME.toMillis();
    private static volatile RedissonClient client;
    private static volatile String prefix;

    private StampedeServices() {}

    /** Where loads are counted. */
    static void countIn(RedissonClient redisson, String keyPrefix) {
        client = redisson;
        prefix = keyPrefix;
    }

    /** Loads counted for {@code key} in every JVM. */
    static long loads(String key) {
        return client.getAtomicLong(prefix + ":loads:" + key).get();
    }

    /** How long loads take from now on in this JVM: 0 while warming up, else {@link #LOAD_TIME}. */
    static void loadMillis(long millis) {
        loadMillis = millis;
    }

    /** The wall clock in µs: both JVMs of a run share the host's clock. */
    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    /** When the last load of {@code key} finished (µs), or 0. */
    static long landedMicros(String key) {
        String landed = client.<String>getBucket(prefix + ":landed:" + key, StringCodec.INSTANCE)
                .get();
        return landed == null ? 0 : Long.parseLong(landed);
    }

    /** The slow load: counts itself, takes its time, and notes when it finished. */
    static String load(String key) {
        client.getAtomicLong(prefix + ":loads:" + key).incrementAndGet();
        try {
            Thread.sleep(loadMillis); // stands for the database query being protected
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        client.<String>getBucket(prefix + ":landed:" + key, StringCodec.INSTANCE)
                .set(Long.toString(nowMicros()));
        return "value-" + key;
    }

    /** Redweave with stampede protection. */
    public static class Protected {
        @Cached(name = "stampede", key = "{key}", ttl = "1h")
        @StampedeLock(lease = "5s", waitFor = "10s")
        public String find(String key) {
            return load(key);
        }
    }

    /** Redweave's cache-aside without protection: every concurrent miss loads. */
    public static class Unprotected {
        @Cached(name = "plain", key = "{key}", ttl = "1h")
        public String find(String key) {
            return load(key);
        }
    }

    /**
     * The tutorial's lock: {@code SET lock secret NX PX 1000}; the winner loads and stores, everyone
     * else sleeps 0.5 s and reads again. The lock is never released.
     */
    public static class TutorialLoop {
        public String find(String key) {
            RBucket<String> value = client.getBucket(prefix + ":tutorial:" + key, StringCodec.INSTANCE);
            String v = value.get();
            if (v != null) {
                return v;
            }
            RBucket<String> lock = client.getBucket(prefix + ":tutorial-lock:" + key, StringCodec.INSTANCE);
            if (lock.setIfAbsent("secret", Duration.ofMillis(1000))) {
                v = load(key);
                value.set(v, Duration.ofHours(1));
                return v;
            }
            while (true) {
                try {
                    Thread.sleep(500); // the tutorial's poll interval, reproduced as written
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                v = value.get();
                if (v != null) {
                    return v;
                }
            }
        }
    }
}
