package io.redweave;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The low-level cache API: Django's cache API, typed for Java.
 *
 * <p>A {@code Cache} is a view of one namespace at one version. The default cache ({@link
 * Redweave#cache()}) stores {@code set("my_key", v)} as the Redis key {@code {prefix}:{version}:my_key}
 * ({@code :1:my_key} with the default empty prefix and version 1, as Django does); a named cache
 * ({@link Redweave#cache(String)}) stores it as {@code {prefix}:{version}:{name}:my_key}, the same key
 * that {@code @Cached(name = ...)} uses. A key given here is escaped so that it can never contain the
 * {@code :} separator and so never reaches into another namespace.
 *
 * <p>Values are encoded by the configured codec (JSON by default) and decoded into the type the
 * caller names; the stored bytes never choose the class. A value that cannot be decoded is logged
 * and treated as absent.
 *
 * <p>Unlike the annotations, this API reports Redis failures: every method throws {@link
 * RedisUnavailableException} when Redis cannot be reached within the configured timeout or the
 * circuit breaker is open. Implementations are thread-safe.
 */
public interface Cache {

    /** The namespace's name; empty for the default cache. */
    String name();

    /** The version this view reads and writes (Django's {@code VERSION}, 1 by default). */
    long version();

    /** A view of the same namespace at another version, as Django's {@code version=} argument. */
    Cache version(long version);

    /** The Redis key that {@code key} is stored under in this view. */
    String redisKey(String key);

    /** The value, or {@code null} when absent, expired or not decodable as {@code type}. */
    <T> T get(String key, Class<T> type);

    /** The value decoded as a generic type, or {@code null} when absent. */
    <T> T get(String key, ValueType<T> type);

    /** The value, or {@code defaultValue} when absent (Django's {@code get(key, default)}). */
    <T> T get(String key, Class<T> type, T defaultValue);

    /** Stores the value with the configured default TTL (300 s unless configured otherwise). */
    void set(String key, Object value);

    /** Stores the value with the given TTL; {@link Ttl#FOREVER} never expires. */
    void set(String key, Object value, Ttl ttl);

    /** Stores the value with the given TTL. */
    default void set(String key, Object value, Duration ttl) {
        set(key, value, Ttl.of(ttl));
    }

    /**
     * Stores the value only when the key is absent ({@code SET NX}), with the default TTL.
     *
     * @return whether the value was stored
     */
    boolean add(String key, Object value);

    /** Stores the value only when the key is absent, with the given TTL. */
    boolean add(String key, Object value, Ttl ttl);

    /**
     * Returns the stored value, or stores {@code value} (default TTL) when absent and returns it.
     * Atomic: two callers racing on an absent key both get the value that was stored first.
     */
    <T> T getOrSet(String key, Class<T> type, T value);

    /** As {@link #getOrSet(String, Class, Object)} with the given TTL. */
    <T> T getOrSet(String key, Class<T> type, T value, Ttl ttl);

    /**
     * Returns the stored value, or computes it with {@code loader}, stores it (default TTL) and
     * returns it: Django's {@code get_or_set} with a callable. The loader runs only on a miss; when
     * another caller stored a value meanwhile, that value is returned.
     */
    <T> T getOrLoad(String key, Class<T> type, Supplier<? extends T> loader);

    /** As {@link #getOrLoad(String, Class, Supplier)} with the given TTL. */
    <T> T getOrLoad(String key, Class<T> type, Supplier<? extends T> loader, Ttl ttl);

    /** Stores every entry with the default TTL. */
    void setMany(Map<String, ?> values);

    /** Stores every entry with the given TTL. */
    void setMany(Map<String, ?> values, Ttl ttl);

    /** The present entries among {@code keys}; absent keys are left out of the map. */
    <T> Map<String, T> getMany(Collection<String> keys, Class<T> type);

    /**
     * Deletes the key.
     *
     * @return whether a key was deleted
     */
    boolean delete(String key);

    /**
     * Deletes the keys.
     *
     * @return how many keys were deleted
     */
    long deleteMany(Collection<String> keys);

    /**
     * Deletes every key of this namespace at this version, found with {@code SCAN} (never {@code
     * KEYS}). Other namespaces, other versions, counters, boards, locks and sessions are untouched.
     *
     * @return how many keys were deleted
     */
    long clear();

    /**
     * Adds 1 to an integer value atomically.
     *
     * @return the new value
     * @throws MissingKeyException when the key does not exist (as Django's {@code ValueError})
     */
    long incr(String key);

    /** Adds {@code delta} to an integer value atomically; throws {@link MissingKeyException} when absent. */
    long incr(String key, long delta);

    /** Subtracts 1 from an integer value atomically; throws {@link MissingKeyException} when absent. */
    long decr(String key);

    /** Subtracts {@code delta} atomically; throws {@link MissingKeyException} when absent. */
    long decr(String key, long delta);

    /**
     * Moves the value (and its remaining TTL) from this version to version + 1.
     *
     * @return the new version
     * @throws MissingKeyException when the key does not exist at this version
     */
    long incrVersion(String key);

    /** Moves the value from this version to version + {@code delta}. */
    long incrVersion(String key, long delta);

    /** Moves the value from this version to version - 1. */
    long decrVersion(String key);

    /**
     * Sets a new TTL on an existing key, from now.
     *
     * @return whether the key existed
     */
    boolean touch(String key, Ttl ttl);

    /** Sets the default TTL on an existing key, from now. */
    boolean touch(String key);

    /**
     * The remaining time to live: {@link Ttl#FOREVER} for a key without expiry, empty when the key
     * does not exist.
     */
    Optional<Ttl> ttl(String key);

    /**
     * Removes the key's expiry, so it lives until deleted (TTL -1 in {@code redis-cli}).
     *
     * @return whether the key existed and had an expiry
     */
    boolean persist(String key);

    /** Whether the key exists. */
    boolean contains(String key);

    /**
     * The keys of this namespace and version whose (unescaped) names match the glob {@code pattern}
     * ({@code *}, {@code ?}, {@code [abc]}), found with {@code SCAN}, never {@code KEYS}.
     */
    List<String> keys(String pattern);
}
