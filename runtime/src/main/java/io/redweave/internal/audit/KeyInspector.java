package io.redweave.internal.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.redisson.api.BatchOptions;
import org.redisson.api.RBatch;
import org.redisson.api.RFuture;
import org.redisson.api.RType;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Reads what the audit needs of each key returned by a {@code SCAN}: {@code PTTL}, {@code TYPE}, and
 * {@code MEMORY USAGE} for the keys chosen for measuring, in one pipelined batch. Redisson sends each
 * command to the node that holds its key, which in a Cluster is the node just scanned.
 */
final class KeyInspector {

    /** One key as found; {@code pttl} is -2 for a key gone since the {@code SCAN}, {@code bytes} -1 when not measured. */
    record Inspected(String key, long pttl, String type, long bytes) {

        boolean gone() {
            return pttl == -2 || type.equals("none");
        }
    }

    private static final Map<RType, String> TYPES = Map.of(
            RType.OBJECT, "string",
            RType.MAP, "hash",
            RType.LIST, "list",
            RType.SET, "set",
            RType.ZSET, "zset",
            RType.STREAM, "stream",
            RType.JSON, "ReJSON-RL");

    private final RedissonClient client;
    private final Duration timeout;

    KeyInspector(RedissonClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    List<Inspected> inspect(List<String> keys, boolean[] measure)
            throws ExecutionException, TimeoutException, InterruptedException {
        RBatch batch =
                client.createBatch(BatchOptions.defaults().responseTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS));
        List<RFuture<Long>> ttls = new ArrayList<>(keys.size());
        List<RFuture<RType>> types = new ArrayList<>(keys.size());
        List<RFuture<Long>> sizes = new ArrayList<>(keys.size());
        for (String key : keys) {
            ttls.add(batch.getBucket(key, StringCodec.INSTANCE).remainTimeToLiveAsync());
            types.add(batch.getKeys().getTypeAsync(key));
            sizes.add(
                    measure[ttls.size() - 1]
                            ? batch.getBucket(key, StringCodec.INSTANCE).sizeInMemoryAsync()
                            : null);
        }
        RFuture<?> done = batch.executeAsync();
        try {
            done.toCompletableFuture().get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            done.cancel(false);
            throw e;
        }
        List<Inspected> found = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            RType type = types.get(i).toCompletableFuture().join();
            Long bytes = sizes.get(i) == null
                    ? null
                    : sizes.get(i).toCompletableFuture().join();
            found.add(new Inspected(
                    keys.get(i),
                    ttls.get(i).toCompletableFuture().join(),
                    type == null ? "none" : TYPES.getOrDefault(type, type.name().toLowerCase(java.util.Locale.ROOT)),
                    bytes == null ? -1 : bytes));
        }
        return found;
    }
}
