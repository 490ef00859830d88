package io.redweave;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Redweave: start it once, and the woven advice of every annotated method uses it.
 *
 * <pre>{@code
 * try (Redweave redweave = Redweave.start(RedweaveConfig.load())) {
 *     redweave.cache().set("my_key", "hello, world!");   // redis-cli: keys * -> ":1:my_key"
 *     app.run();
 * }
 * }</pre>
 *
 * <p>Only one instance runs at a time per class loader, since the woven advice finds it through a
 * static slot. Start-up does not wait for Redis: when Redis is down the annotations degrade (methods
 * run uncached) and recover when it returns. Thread-safe.
 */
public final class Redweave implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Redweave.class);

    private static volatile Redweave running;

    private final RedweaveEngine engine;

    private Redweave(RedweaveEngine engine) {
        this.engine = engine;
    }

    /**
     * Starts Redweave with {@code config} and installs it for the woven advice.
     *
     * @throws IllegalStateException if an instance is already running, or if the weaving check is set
     *     to {@code FAIL} and an annotated class was not woven
     */
    public static Redweave start(RedweaveConfig config) {
        return start(config, null, "config");
    }

    /** Starts with {@link RedweaveConfig#load()}: defaults, {@code redweave.properties}, {@code REDWEAVE_*}. */
    public static Redweave start() {
        return start(RedweaveConfig.load());
    }

    /**
     * Starts over a Redisson client that the caller owns and closes (for applications that already
     * have one); {@code config}'s connection settings are then ignored.
     */
    public static Redweave start(RedweaveConfig config, RedissonClient client) {
        return start(config, Objects.requireNonNull(client, "client"), "config");
    }

    private static Redweave start(RedweaveConfig config, RedissonClient client, String what) {
        Objects.requireNonNull(config, what);
        checkWeaving(config);
        RedweaveEngine engine = Engines.factory().start(config, client);
        LOG.info("Redweave started: {}", config);
        Redweave redweave = new Redweave(engine);
        running = redweave;
        return redweave;
    }

    /** The running instance, if any. */
    public static Optional<Redweave> current() {
        Redweave redweave = running;
        return redweave != null && redweave.engine.isInstalled() ? Optional.of(redweave) : Optional.empty();
    }

    /** The default cache: keys {@code {prefix}:{version}:{key}}, as Django's {@code cache}. */
    public Cache cache() {
        return engine.defaultCache();
    }

    /** The cache named {@code name}: the namespace that {@code @Cached(name = ...)} uses. */
    public Cache cache(String name) {
        return engine.cache(name);
    }

    /**
     * A handle on the counter {@code name}: the figures {@code @Counter(name = ...)} writes.
     *
     * @throws RedweaveException if {@code name} is empty or holds anything but letters, digits,
     *     {@code .}, {@code _} and {@code -}
     */
    public Counter counter(String name) {
        return engine.counter(name);
    }

    /**
     * A handle on the leaderboard {@code name}: the sorted set {@code @Ranked(board = ...)} writes.
     *
     * @throws RedweaveException if {@code name} is empty or holds anything but letters, digits,
     *     {@code .}, {@code _} and {@code -}
     */
    public Leaderboard leaderboard(String name) {
        return engine.leaderboard(name);
    }

    /**
     * Sends every buffered counter and board increment to Redis now, instead of at the next flush
     * interval (for example before reading figures in a test). Waits for a flush already running.
     *
     * @return the number of entries still held because Redis could not take them; 0 when all were sent
     */
    public int flushCounters() {
        return engine.flushCounters();
    }

    /** The Redisson client, for commands the cache API lacks (Django's {@code get_redis_connection}). */
    public RedissonClient redisson() {
        return engine.client();
    }

    /** The configuration this instance runs with. */
    public RedweaveConfig config() {
        return engine.config();
    }

    /** Each cache's hits, misses, loads, load time and errors since start, by cache name. */
    public Map<String, CacheStats> stats() {
        return engine.stats();
    }

    /** Calls that went on without Redis (unreachable, slow, or skipped by the open breaker). */
    public long degradedCalls() {
        return engine.degradedCalls();
    }

    /** Calls {@code listener} with every cache name now known and each one first used later. */
    void onNewCache(Consumer<String> listener) {
        engine.onNewCache(listener);
    }

    /** Annotated classes (as listed by the processor) that carry no woven advice. */
    public static List<String> unwovenClasses() {
        return Engines.factory().unwovenClasses(Thread.currentThread().getContextClassLoader());
    }

    /**
     * Uninstalls this instance, sends buffered counter increments one last time (what Redis cannot
     * take then is lost and logged), and, unless the client was passed in, shuts the client down.
     */
    @Override
    public void close() {
        if (running == this) {
            running = null;
        }
        engine.close();
    }

    private static void checkWeaving(RedweaveConfig config) {
        if (config.weavingCheck() == RedweaveConfig.WeavingCheck.OFF) {
            return;
        }
        List<String> unwoven = unwovenClasses();
        if (unwoven.isEmpty()) {
            return;
        }
        String message = String.format(
                "%d class(es) carry Redweave annotations but were not woven, so their annotations do nothing: %s."
                        + " Add aspectj-maven-plugin with redweave-runtime as an aspect library (see README), run"
                        + " with -javaagent:aspectjweaver.jar, or use @EnableRedweave in Spring",
                unwoven.size(), String.join(", ", unwoven));
        if (config.weavingCheck() == RedweaveConfig.WeavingCheck.FAIL) {
            throw new IllegalStateException(message);
        }
        LOG.error(message);
        if (LoggerFactory.getILoggerFactory() instanceof org.slf4j.helpers.NOPLoggerFactory) {
            // No logging back end: the error above went nowhere, and unadvised annotations must not
            // pass silently, so the console is the one place left to say it.
            System.err.println("Redweave: " + message);
        }
    }

    @Override
    public String toString() {
        return "Redweave[" + engine.config() + "]";
    }
}
