package io.redweave.benchmarks.reliability;

import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import io.redweave.testing.RedisServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Sentinel-managed master (one replica, three Sentinels with a quorum of two, {@code
 * down-after-milliseconds 1000}) killed with SIGKILL under {@link FailoverLoad}; the Sentinels
 * promote the replica and Redweave's client follows them to it.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.redweave.benchmarks.reliability.SentinelFailover}</pre>
 */
public final class SentinelFailover {

    private static final String NAME = "mymaster";

    private SentinelFailover() {}

    public static void main(String[] args) throws Exception {
        List<Process> sentinels = new ArrayList<>();
        try (RedisNode master = RedisNode.start();
                RedisNode replica = RedisNode.start("--replicaof", "127.0.0.1", Integer.toString(master.port()))) {
            List<String> uris = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int port = RedisNode.freePort();
                sentinels.add(sentinel(port, master.port()));
                uris.add("redis://127.0.0.1:" + port);
            }
            for (String uri : uris) {
                RedisNode.awaitPong(uri, Duration.ofSeconds(10));
            }
            awaitDiscovery(uris);
            try (Redweave redweave =
                    Redweave.start(RedweaveConfig.builder().sentinel(NAME, uris).build())) {
                FailoverLoad load = new FailoverLoad(redweave, "p").start();
                RedisNode.pause(3_000);
                long killedAt = System.nanoTime();
                master.kill9();
                RedisNode.pause(12_000);
                System.out.println(FailoverLoad.header());
                load.stopAndReport(
                        "Sentinel, 1 replica, 3 Sentinels, `down-after-milliseconds 1000`",
                        killedAt,
                        () -> ClusterFailover.sum(redweave));
                System.out.printf(
                        "%nThe Sentinels now name %s as the master (the replica was on port %d).%n",
                        Resp.call(uris.get(0), "SENTINEL", "GET-MASTER-ADDR-BY-NAME", NAME), replica.port());
            }
        } finally {
            sentinels.forEach(Process::destroyForcibly);
        }
    }

    private static Process sentinel(int port, int masterPort) throws IOException {
        Path dir = Files.createTempDirectory("redweave-sentinel-");
        Path conf = dir.resolve("sentinel.conf");
        Files.writeString(
                conf,
                String.join(
                        "\n",
                        "port " + port,
                        "bind 127.0.0.1",
                        "dir " + dir,
                        "sentinel monitor " + NAME + " 127.0.0.1 " + masterPort + " 2",
                        "sentinel down-after-milliseconds " + NAME + " 1000",
                        "sentinel failover-timeout " + NAME + " 5000",
                        ""));
        return new ProcessBuilder(RedisServers.serverBinary().toString(), conf.toString(), "--sentinel")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("sentinel.log").toFile())
                .start();
    }

    // each Sentinel must know the replica and the two other Sentinels before a failover can happen
    private static void awaitDiscovery(List<String> sentinels) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!sentinels.stream().allMatch(s -> size(s, "REPLICAS") == 1 && size(s, "SENTINELS") == 2)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Sentinels did not find the replica and each other within 30 s");
            }
            RedisNode.pause(200);
        }
    }

    private static int size(String sentinel, String what) {
        Object reply = Resp.call(sentinel, "SENTINEL", what, NAME);
        return reply instanceof List<?> list ? list.size() : -1;
    }
}
