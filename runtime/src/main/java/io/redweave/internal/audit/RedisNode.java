package io.redweave.internal.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.redisson.Redisson;
import org.redisson.api.RFuture;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.client.protocol.RedisCommands;
import org.redisson.client.protocol.decoder.ListScanResult;
import org.redisson.command.CommandAsyncExecutor;
import org.redisson.connection.MasterSlaveEntry;

/**
 * One master the audit scans, and the few commands it sends to that node alone ({@code SCAN},
 * {@code DBSIZE}, {@code INFO}). Redisson's key iterator walks every master too, but hides the
 * cursor, the node and the call count, which the audit reports and paces; so the commands go
 * through the client's command executor to the node's own connection, as Redisson's iterator does.
 */
final class RedisNode {

    private final CommandAsyncExecutor executor;
    private final MasterSlaveEntry entry;
    private final Duration timeout;

    private RedisNode(CommandAsyncExecutor executor, MasterSlaveEntry entry, Duration timeout) {
        this.executor = executor;
        this.entry = entry;
        this.timeout = timeout;
    }

    /** The masters of {@code client}: one for a single node or Sentinel, each master of a Cluster. */
    static List<RedisNode> masters(RedissonClient client, Duration timeout) {
        if (!(client instanceof Redisson redisson)) {
            throw new IllegalArgumentException(String.format(
                    "the audit needs the RedissonClient that Redisson.create returns, not a %s; pass"
                            + " redweave.redisson() or a client from Redisson.create(config)",
                    client.getClass().getName()));
        }
        CommandAsyncExecutor executor = redisson.getCommandExecutor();
        Collection<MasterSlaveEntry> entries = executor.getConnectionManager().getEntrySet();
        List<RedisNode> nodes = new ArrayList<>();
        entries.forEach(e -> nodes.add(new RedisNode(executor, e, timeout)));
        nodes.sort(java.util.Comparator.comparing(RedisNode::name));
        return nodes;
    }

    /** {@code host:port}. */
    String name() {
        var addr = entry.getClient().getAddr();
        return addr.getHostString() + ":" + addr.getPort();
    }

    long dbSize() throws ExecutionException, TimeoutException, InterruptedException {
        return await(
                executor.<Long, Long>readAsync(entry.getClient(), entry, StringCodec.INSTANCE, RedisCommands.DBSIZE));
    }

    /** One {@code SCAN cursor COUNT count}. */
    ListScanResult<String> scan(String cursor, int count)
            throws ExecutionException, TimeoutException, InterruptedException {
        return await(executor.<ListScanResult<String>, ListScanResult<String>>readAsync(
                entry.getClient(), entry, StringCodec.INSTANCE, RedisCommands.SCAN, cursor, "COUNT", count));
    }

    /** Whether this node runs in Cluster mode ({@code INFO cluster} says {@code cluster_enabled:1}). */
    boolean clusterEnabled() throws ExecutionException, TimeoutException, InterruptedException {
        Map<String, String> info = await(executor.<Map<String, String>, Map<String, String>>readAsync(
                entry.getClient(), entry, StringCodec.INSTANCE, RedisCommands.INFO_CLUSTER));
        return "1".equals(info.get("cluster_enabled"));
    }

    private <T> T await(RFuture<T> future) throws ExecutionException, TimeoutException, InterruptedException {
        try {
            return future.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(false);
            throw e;
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
