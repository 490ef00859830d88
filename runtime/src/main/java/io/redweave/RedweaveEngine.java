package io.redweave;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.redisson.api.RedissonClient;

/**
 * The engine behind a {@link Redweave}: not for applications, which neither implement nor call it.
 * redweave-runtime provides the one {@link Factory}, found through {@link java.util.ServiceLoader};
 * that is how {@code Redweave.start} starts the engine while the API package depends on none of the
 * engine's packages (they depend on the API instead, so the packages form no cycle).
 */
public interface RedweaveEngine extends AutoCloseable {

    /** Starts engines; the service that {@code Redweave} loads. */
    interface Factory {

        /**
         * Starts an engine with {@code config} over {@code client}, or over a client of its own built
         * from {@code config} when {@code client} is {@code null}, and installs it for the woven
         * advice.
         *
         * @throws IllegalStateException if an engine is already installed
         */
        RedweaveEngine start(RedweaveConfig config, RedissonClient client);

        /** Annotated classes listed by the processor in {@code loader}'s class path that were not woven. */
        List<String> unwovenClasses(ClassLoader loader);
    }

    /** The default cache. */
    Cache defaultCache();

    /** The cache {@code name}, checked. */
    Cache cache(String name);

    /** The counter {@code name}. */
    Counter counter(String name);

    /** The leaderboard {@code name}. */
    Leaderboard leaderboard(String name);

    /** Sends buffered increments now; the number of entries still held. */
    int flushCounters();

    /** The Redisson client. */
    RedissonClient client();

    /** The configuration. */
    RedweaveConfig config();

    /** Each cache's figures since start, by name. */
    Map<String, CacheStats> stats();

    /** Calls that went on without Redis. */
    long degradedCalls();

    /** Calls {@code listener} with every cache name now known and each one first used later. */
    void onNewCache(Consumer<String> listener);

    /** Whether this engine is the one the woven advice uses. */
    boolean isInstalled();

    /** Uninstalls, sends buffered increments a last time, stops, and shuts down a client of its own. */
    @Override
    void close();
}
