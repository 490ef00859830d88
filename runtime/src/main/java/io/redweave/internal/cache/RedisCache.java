package io.redweave.internal.cache;

import io.redweave.Cache;
import io.redweave.MissingKeyException;
import io.redweave.Ttl;
import io.redweave.ValueType;
import io.redweave.internal.key.KeyEncoding;
import io.redweave.internal.key.Namespace;
import io.redweave.internal.redis.RedisGateway;
import io.redweave.internal.store.ValueStore;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.redisson.api.RBucket;
import org.redisson.api.RScript;
import org.redisson.client.codec.ByteArrayCodec;
import org.redisson.client.codec.StringCodec;

/**
 * The {@link Cache} over Redis. Keys are escaped and namespaced by {@link Namespace}; values go
 * through {@link ValueStore}; every command goes through {@link RedisGateway}.
 */
public final class RedisCache implements Cache {

    /** INCRBY only when the key exists: Django raises on a missing key instead of starting at 0. */
    private static final String INCR_IF_EXISTS =
            """
            if redis.call('exists', KEYS[1]) == 0 then return false end
            return redis.call('incrby', KEYS[1], ARGV[1])
            """;

    private final RedisGateway redis;
    private final Namespace namespace;
    private final ValueStore values;
    private final Ttl defaultTtl;

    /** A cache view of {@code namespace}. */
    public RedisCache(RedisGateway redis, Namespace namespace, ValueStore values, Ttl defaultTtl) {
        this.redis = redis;
        this.namespace = namespace;
        this.values = values;
        this.defaultTtl = defaultTtl;
    }

    @Override
    public String name() {
        return namespace.name();
    }

    @Override
    public long version() {
        return namespace.version();
    }

    @Override
    public Cache version(long version) {
        return new RedisCache(redis, namespace.withVersion(version), values, defaultTtl);
    }

    @Override
    public String redisKey(String key) {
        return namespace.keyOf(key);
    }

    @Override
    public <T> T get(String key, Class<T> type) {
        return type.cast(values.read(redisKey(key), type));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(String key, ValueType<T> type) {
        return (T) values.read(redisKey(key), type.type());
    }

    @Override
    public <T> T get(String key, Class<T> type, T defaultValue) {
        T value = get(key, type);
        return value != null ? value : defaultValue;
    }

    @Override
    public void set(String key, Object value) {
        set(key, value, defaultTtl);
    }

    @Override
    public void set(String key, Object value, Ttl ttl) {
        values.write(redisKey(key), value, ttl, "cache '" + name() + "' key '" + key + "'");
    }

    @Override
    public boolean add(String key, Object value) {
        return add(key, value, defaultTtl);
    }

    @Override
    public boolean add(String key, Object value, Ttl ttl) {
        return values.writeIfAbsent(redisKey(key), value, ttl, "cache '" + name() + "' key '" + key + "'");
    }

    @Override
    public <T> T getOrSet(String key, Class<T> type, T value) {
        return getOrSet(key, type, value, defaultTtl);
    }

    @Override
    public <T> T getOrSet(String key, Class<T> type, T value, Ttl ttl) {
        return getOrLoad(key, type, () -> value, ttl);
    }

    @Override
    public <T> T getOrLoad(String key, Class<T> type, Supplier<? extends T> loader) {
        return getOrLoad(key, type, loader, defaultTtl);
    }

    @Override
    public <T> T getOrLoad(String key, Class<T> type, Supplier<? extends T> loader, Ttl ttl) {
        T found = get(key, type);
        if (found != null) {
            return found;
        }
        T loaded = loader.get();
        if (add(key, loaded, ttl)) {
            return loaded;
        }
        T winner = get(key, type);
        return winner != null ? winner : loaded;
    }

    @Override
    public void setMany(Map<String, ?> entries) {
        setMany(entries, defaultTtl);
    }

    @Override
    public void setMany(Map<String, ?> entries, Ttl ttl) {
        Map<String, byte[]> encoded = new LinkedHashMap<>();
        entries.forEach((key, value) ->
                encoded.put(redisKey(key), values.encode(value, "cache '" + name() + "' key '" + key + "'")));
        values.writeAll(encoded, ttl);
    }

    @Override
    public <T> Map<String, T> getMany(Collection<String> keys, Class<T> type) {
        Map<String, String> byRedisKey = new LinkedHashMap<>();
        keys.forEach(k -> byRedisKey.put(redisKey(k), k));
        Map<String, T> found = new LinkedHashMap<>();
        values.readAll(byRedisKey.keySet(), type)
                .forEach((redisKey, value) -> found.put(byRedisKey.get(redisKey), type.cast(value)));
        return found;
    }

    @Override
    public boolean delete(String key) {
        return deleteMany(List.of(key)) > 0;
    }

    @Override
    public long deleteMany(Collection<String> keys) {
        return values.delete(keys.stream().map(this::redisKey).toList());
    }

    @Override
    public long clear() {
        return values.deleteMatching(namespace.pattern("*"), namespace::owns);
    }

    @Override
    public long incr(String key) {
        return incr(key, 1);
    }

    @Override
    public long incr(String key, long delta) {
        String redisKey = redisKey(key);
        Long value = redis.call("INCRBY " + redisKey, () -> redis.client()
                .getScript(StringCodec.INSTANCE)
                .<Long>evalAsync(
                        redisKey,
                        RScript.Mode.READ_WRITE,
                        INCR_IF_EXISTS,
                        RScript.ReturnType.INTEGER,
                        List.of(redisKey),
                        String.valueOf(delta)));
        if (value == null) {
            throw missing("incr", key, redisKey);
        }
        return value;
    }

    @Override
    public long decr(String key) {
        return incr(key, -1);
    }

    @Override
    public long decr(String key, long delta) {
        return incr(key, -delta);
    }

    @Override
    public long incrVersion(String key) {
        return incrVersion(key, 1);
    }

    @Override
    public long incrVersion(String key, long delta) {
        String from = redisKey(key);
        long target = version() + delta;
        if (!values.move(from, namespace.withVersion(target).keyOf(key))) {
            throw missing("incrVersion", key, from);
        }
        return target;
    }

    @Override
    public long decrVersion(String key) {
        return incrVersion(key, -1);
    }

    @Override
    public boolean touch(String key, Ttl ttl) {
        if (ttl.isForever()) {
            boolean exists = contains(key);
            if (exists) {
                persist(key);
            }
            return exists;
        }
        RBucket<byte[]> bucket = bucket(key);
        return redis.call("PEXPIRE " + bucket.getName(), () -> bucket.expireAsync(ttl.duration()));
    }

    @Override
    public boolean touch(String key) {
        return touch(key, defaultTtl);
    }

    @Override
    public Optional<Ttl> ttl(String key) {
        RBucket<byte[]> bucket = bucket(key);
        long pttl = redis.call("PTTL " + bucket.getName(), bucket::remainTimeToLiveAsync);
        if (pttl == -2) {
            return Optional.empty();
        }
        return Optional.of(pttl == -1 ? Ttl.FOREVER : Ttl.of(Duration.ofMillis(Math.max(pttl, 1))));
    }

    @Override
    public boolean persist(String key) {
        RBucket<byte[]> bucket = bucket(key);
        return redis.call("PERSIST " + bucket.getName(), bucket::clearExpireAsync);
    }

    @Override
    public boolean contains(String key) {
        RBucket<byte[]> bucket = bucket(key);
        return redis.call("EXISTS " + bucket.getName(), bucket::isExistsAsync);
    }

    @Override
    public List<String> keys(String pattern) {
        return values.scan(namespace.pattern(KeyEncoding.escape(pattern)), namespace::owns).stream()
                .map(namespace::rawKeyOf)
                .sorted()
                .toList();
    }

    private RBucket<byte[]> bucket(String key) {
        return redis.client().getBucket(redisKey(key), ByteArrayCodec.INSTANCE);
    }

    private MissingKeyException missing(String op, String key, String redisKey) {
        return new MissingKeyException(String.format(
                "%s: key '%s' (Redis key %s) does not exist; set it first, e.g. with getOrSet(\"%s\", Long.class, 0L)",
                op, key, redisKey, key));
    }
}
