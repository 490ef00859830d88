package io.redweave.internal.store;

import io.redweave.CacheValueException;
import io.redweave.RedisUnavailableException;
import io.redweave.Ttl;
import io.redweave.ValueCodec;
import io.redweave.internal.redis.RedisGateway;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.redisson.Redisson;
import org.redisson.api.BatchResult;
import org.redisson.api.RBatch;
import org.redisson.api.RBucket;
import org.redisson.api.options.KeysScanOptions;
import org.redisson.client.codec.ByteArrayCodec;
import org.redisson.client.protocol.RedisCommands;
import org.redisson.command.CommandAsyncExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes encoded values under full Redis keys: the one place where the codec meets Redis.
 * An undecodable value is logged and read as absent; an unencodable one is a {@link
 * CacheValueException}.
 */
public final class ValueStore {

    private static final Logger LOG = LoggerFactory.getLogger(ValueStore.class);
    private static final int SCAN_CHUNK = 500;
    private static final int BATCH = 1000;

    private final RedisGateway redis;
    private final ValueCodec codec;
    private final CommandAsyncExecutor commands;

    /** A store writing through {@code redis} with {@code codec}. */
    public ValueStore(RedisGateway redis, ValueCodec codec) {
        this.redis = redis;
        this.codec = codec;
        // A cache hit is one GET: sent straight through Redisson's command executor, it skips
        // building an RBucket per key, which cost about a tenth of a hit in CachedHitBenchmark.
        this.commands = redis.client() instanceof Redisson r ? r.getCommandExecutor() : null;
    }

    /** The gateway. */
    public RedisGateway redis() {
        return redis;
    }

    /** The raw bytes under {@code key}, or {@code null}. */
    public byte[] readBytes(String key) {
        if (commands != null) {
            return redis.call(
                    "GET", key, () -> commands.readAsync(key, ByteArrayCodec.INSTANCE, RedisCommands.GET, key));
        }
        RBucket<byte[]> bucket = redis.client().getBucket(key, ByteArrayCodec.INSTANCE);
        return redis.call("GET", key, bucket::getAsync);
    }

    /** The decoded value under {@code key}, or {@code null} when absent or undecodable. */
    public Object read(String key, Type type) {
        byte[] bytes = readBytes(key);
        return bytes == null ? null : decode(bytes, type, key);
    }

    /**
     * Decodes, logging and returning {@code null} when the bytes do not fit {@code type}. An {@link
     * Envelope} written by an early-refreshing method is unwrapped, so every reader sees the value.
     */
    public Object decode(byte[] bytes, Type type, String key) {
        try {
            return codec.decode(Envelope.valueOf(bytes), type);
        } catch (Exception e) {
            LOG.warn(
                    "Value under {} does not decode as {}; treated as a miss ({})",
                    key,
                    type.getTypeName(),
                    e.getMessage());
            return null;
        }
    }

    /** Encodes, or fails naming {@code what}. */
    public byte[] encode(Object value, String what) {
        try {
            return codec.encode(value);
        } catch (Exception e) {
            throw new CacheValueException(
                    String.format(
                            "cannot encode the value for %s: a %s is not serialisable by %s (%s); make it a"
                                    + " record or bean, or configure another codec",
                            what,
                            value == null ? "null" : value.getClass().getName(),
                            codec.getClass().getSimpleName(),
                            e.getMessage()),
                    e);
        }
    }

    /** Stores a value; {@code what} names the cache and key (or method) in errors. */
    public void write(String key, Object value, Ttl ttl, String what) {
        writeBytes(key, encode(value, what), ttl.toMillis());
    }

    /** Stores encoded bytes for {@code ttlMillis} ({@code -1}: forever). */
    public void writeBytes(String key, byte[] bytes, long ttlMillis) {
        RBucket<byte[]> bucket = redis.client().getBucket(key, ByteArrayCodec.INSTANCE);
        if (ttlMillis < 0) {
            redis.call("SET", key, () -> bucket.setAsync(bytes));
        } else {
            redis.call("SET", key, () -> bucket.setAsync(bytes, java.time.Duration.ofMillis(ttlMillis)));
        }
    }

    /** Stores encoded values under full keys for {@code ttl}, in one pipelined batch. */
    public void writeAll(Map<String, byte[]> encoded, Ttl ttl) {
        if (encoded.isEmpty()) {
            return;
        }
        redis.call("SET (batch of " + encoded.size() + ")", () -> {
            RBatch batch = redis.client().createBatch();
            encoded.forEach((key, bytes) -> {
                var bucket = batch.<byte[]>getBucket(key, ByteArrayCodec.INSTANCE);
                if (ttl.isForever()) {
                    bucket.setAsync(bytes);
                } else {
                    bucket.setAsync(bytes, ttl.duration());
                }
            });
            return batch.executeAsync();
        });
    }

    /** The decoded values under full keys, by key, in one MGET; absent and undecodable keys are left out. */
    public Map<String, Object> readAll(Collection<String> keys, Type type) {
        Map<String, Object> found = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        String[] all = keys.toArray(new String[0]);
        Map<String, byte[]> raw = redis.call(
                "MGET (" + all.length + " keys)",
                () -> redis.client().getBuckets(ByteArrayCodec.INSTANCE).<byte[]>getAsync(all));
        for (String key : all) {
            byte[] bytes = raw.get(key);
            Object value = bytes == null ? null : decode(bytes, type, key);
            if (value != null) {
                found.put(key, value);
            }
        }
        return found;
    }

    /**
     * Moves the value under {@code from} to {@code to}, keeping its remaining TTL.
     *
     * @return false when {@code from} does not exist
     */
    public boolean move(String from, String to) {
        RBucket<byte[]> source = redis.client().getBucket(from, ByteArrayCodec.INSTANCE);
        byte[] bytes = redis.call("GET " + from, source::getAsync);
        if (bytes == null) {
            return false;
        }
        long pttl = redis.call("PTTL " + from, source::remainTimeToLiveAsync);
        RBucket<byte[]> dest = redis.client().getBucket(to, ByteArrayCodec.INSTANCE);
        if (pttl > 0) {
            redis.call("SET " + to, () -> dest.setAsync(bytes, java.time.Duration.ofMillis(pttl)));
        } else {
            redis.call("SET " + to, () -> dest.setAsync(bytes));
        }
        redis.call("DEL " + from, source::deleteAsync);
        return true;
    }

    /** Stores a value only when the key is absent; returns whether it was stored. */
    public boolean writeIfAbsent(String key, Object value, Ttl ttl, String what) {
        byte[] bytes = encode(value, what);
        RBucket<byte[]> bucket = redis.client().getBucket(key, ByteArrayCodec.INSTANCE);
        if (ttl.isForever()) {
            return redis.call("SET NX " + key, () -> bucket.setIfAbsentAsync(bytes));
        }
        return redis.call("SET NX " + key, () -> bucket.setIfAbsentAsync(bytes, ttl.duration()));
    }

    /**
     * Deletes full keys: one {@code DEL} per key, sent in pipelined batches, so a cluster never sees a
     * cross-slot command and a large clear costs few round trips.
     */
    public long delete(List<String> keys) {
        long deleted = 0;
        for (int from = 0; from < keys.size(); from += BATCH) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + BATCH));
            BatchResult<?> result = redis.call("DEL (" + chunk.size() + " keys)", () -> {
                RBatch batch = redis.client().createBatch();
                chunk.forEach(key -> batch.getKeys().deleteAsync(key));
                return batch.executeAsync();
            });
            for (Object count : result.getResponses()) {
                deleted += ((Number) count).longValue();
            }
        }
        return deleted;
    }

    /** Deletes every key that matches {@code pattern} (SCAN) and {@code owns}. */
    public long deleteMatching(String pattern, Predicate<String> owns) {
        return delete(scan(pattern, owns));
    }

    /** Every key that matches {@code pattern} (SCAN on every master, never KEYS) and {@code owns}. */
    public List<String> scan(String pattern, Predicate<String> owns) {
        if (!redis.breaker().allow()) {
            throw new RedisUnavailableException("SCAN " + pattern + " skipped: the circuit breaker is open", null);
        }
        List<String> found = new ArrayList<>();
        try {
            for (String key : redis.client()
                    .getKeys()
                    .getKeys(KeysScanOptions.defaults().pattern(pattern).chunkSize(SCAN_CHUNK))) {
                if (owns.test(key)) {
                    found.add(key);
                }
            }
            redis.breaker().success();
        } catch (RuntimeException e) {
            redis.breaker().failure();
            throw new RedisUnavailableException("SCAN " + pattern + " failed: " + e.getMessage(), e);
        }
        return found;
    }

    /** {@code ttlMillis} plus a random jitter up to {@code jitterMillis}; {@code -1} stays forever. */
    public static long withJitter(long ttlMillis, long jitterMillis) {
        if (ttlMillis < 0 || jitterMillis <= 0) {
            return ttlMillis;
        }
        return ttlMillis + ThreadLocalRandom.current().nextLong(jitterMillis + 1);
    }
}
