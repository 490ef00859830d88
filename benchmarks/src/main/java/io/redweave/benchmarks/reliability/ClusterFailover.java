package io.redweave.benchmarks.reliability;

import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.util.Arrays;
import java.util.List;

/**
 * A master of a local Redis Cluster (three masters, one replica each) killed with SIGKILL under
 * {@link FailoverLoad}; its replica takes its slots once the node timeout (3 s) has passed. The
 * master killed is the one serving the probe's key, so the probe times the outage of those slots.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.redweave.benchmarks.reliability.ClusterFailover}</pre>
 */
public final class ClusterFailover {

    private ClusterFailover() {}

    public static void main(String[] args) throws Exception {
        RedisServer cluster = RedisServers.startDedicatedCluster(1);
        try (Redweave redweave = Redweave.start(
                RedweaveConfig.builder().clusterNodes(cluster.nodeUris()).build())) {
            String probeKey = "p";
            String master = masterOf(
                    cluster.nodeUris(), redweave.counter("failover-probe").redisKey(probeKey));
            FailoverLoad load = new FailoverLoad(redweave, probeKey).start();
            RedisNode.pause(3_000);
            long killedAt = System.nanoTime();
            ProcessHandle.of(Resp.pid(master)).orElseThrow().destroyForcibly();
            RedisNode.pause(15_000);
            System.out.println(FailoverLoad.header());
            load.stopAndReport(
                    "Cluster, 3 masters + 3 replicas, `cluster-node-timeout 3000`", killedAt, () -> sum(redweave));
        } finally {
            cluster.stop();
        }
    }

    static long sum(Redweave redweave) {
        long total = 0;
        for (int i = 0; i < FailoverLoad.KEYS; i++) {
            total += redweave.counter(Workloads.FAILOVER).get("k" + i);
        }
        return total;
    }

    // CLUSTER NODES: "<id> <host:port@bus> <flags> <master> ... <slot ranges>"
    private static String masterOf(List<String> nodes, String key) {
        long slot = (Long) Resp.call(nodes.get(0), "CLUSTER", "KEYSLOT", key);
        for (String line :
                String.valueOf(Resp.call(nodes.get(0), "CLUSTER", "NODES")).split("\n")) {
            String[] f = line.strip().split(" ");
            if (!f[2].contains("master")) {
                continue;
            }
            boolean owns = Arrays.stream(f).skip(8).anyMatch(range -> {
                String[] ends = range.split("-");
                long first = Long.parseLong(ends[0]);
                long last = ends.length == 1 ? first : Long.parseLong(ends[1]);
                return slot >= first && slot <= last;
            });
            if (owns) {
                return "redis://" + f[1].substring(0, f[1].indexOf('@'));
            }
        }
        throw new IllegalStateException("no master serves slot " + slot);
    }
}
