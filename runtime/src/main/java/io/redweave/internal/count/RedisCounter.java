package io.redweave.internal.count;

import io.redweave.Counter;
import io.redweave.Ttl;
import io.redweave.internal.redis.RedisGateway;
import org.redisson.api.RBatch;
import org.redisson.client.codec.StringCodec;

/** The {@link Counter} handle: plain commands through the gateway, keys from {@link CounterKeys}. */
final class RedisCounter implements Counter {

    private final String name;
    private final CounterKeys keys;
    private final CounterCommands commands;

    RedisCounter(String name, CounterKeys keys, CounterCommands commands) {
        this.name = name;
        this.keys = keys;
        this.commands = commands;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long get() {
        return read(null);
    }

    @Override
    public long get(String key) {
        return read(requireKey(key));
    }

    @Override
    public long incr() {
        return incr(1);
    }

    @Override
    public long incr(long by) {
        return commands.incr(redisKey(null), by, -1);
    }

    @Override
    public long incr(String key, long by) {
        return commands.incr(redisKey(requireKey(key)), by, -1);
    }

    @Override
    public long incr(String key, long by, Ttl window) {
        long ttl = window.isForever() ? -1 : Math.max(1, window.toMillis());
        return commands.incr(redisKey(requireKey(key)), by, ttl);
    }

    @Override
    public void reset() {
        delete(null);
    }

    @Override
    public void reset(String key) {
        delete(requireKey(key));
    }

    @Override
    public long unique() {
        return count(null);
    }

    @Override
    public long unique(String key) {
        return count(requireKey(key));
    }

    @Override
    public String redisKey(String key) {
        return keys.counter(name, CounterKeys.escaped(key));
    }

    private long read(String key) {
        String redisKey = redisKey(key);
        var counter = redis().client().getAtomicLong(redisKey);
        return redis().call("GET " + redisKey, counter::getAsync);
    }

    private long count(String key) {
        String hllKey = keys.unique(name, CounterKeys.escaped(key));
        var hll = redis().client().<String>getHyperLogLog(hllKey, StringCodec.INSTANCE);
        return redis().call("PFCOUNT " + hllKey, hll::countAsync);
    }

    private void delete(String key) {
        String counterKey = redisKey(key);
        String hllKey = keys.unique(name, CounterKeys.escaped(key));
        // one DEL per key, pipelined: the two keys may live in different cluster slots
        RBatch batch = redis().client().createBatch();
        batch.getKeys().deleteAsync(counterKey);
        batch.getKeys().deleteAsync(hllKey);
        redis().call("DEL " + counterKey, batch::executeAsync);
    }

    private RedisGateway redis() {
        return commands.redis();
    }

    private static String requireKey(String key) {
        if (key == null) {
            throw new NullPointerException("key; call the method without a key for the counter without one");
        }
        return key;
    }

    @Override
    public String toString() {
        return "Counter[" + name + "]";
    }
}
