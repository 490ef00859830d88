package io.redweave.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Redis Cluster of three masters (no replicas) run from a local {@link RedisBinary}.
 *
 * <p>Creation does what {@code redis-cli --cluster create} does, over {@link RespConnection}: each
 * node gets a distinct config epoch and a third of the 16384 slots, the first node meets the
 * others, then every node is polled until it reports {@code cluster_state:ok}. Each node keeps
 * its {@code nodes.conf} in its own directory, so a restart brings back the same cluster: the
 * nodes reload their slots and ids, find each other again, and turn {@code ok} once Redis's own
 * rejoin delay (about two seconds) has passed.
 */
final class LocalCluster implements OwnedServer {

    static final int SLOTS = 16_384;
    private static final int MASTERS = 3;
    private static final Duration STATE_OK_TIMEOUT = Duration.ofSeconds(30);
    // Short enough that a restarted node rejoins quickly, long enough that a busy CI box is not
    // mistaken for a dead node.
    private static final List<String> NODE_ARGS = List.of(
            "--cluster-enabled", "yes",
            "--cluster-config-file", "nodes.conf",
            "--cluster-node-timeout", "3000");

    private final List<RedisProcess> nodes;
    private final Path root;

    private LocalCluster(List<RedisProcess> nodes, Path root) {
        this.nodes = List.copyOf(nodes);
        this.root = root;
    }

    static LocalCluster launch(RedisBinary binary) {
        Path root = ScratchDirs.create("redweave-cluster-");
        RedisServers.deleteAtExit(root);
        List<RedisProcess> nodes = new ArrayList<>();
        try {
            for (int i = 1; i <= MASTERS; i++) {
                Path dir = Files.createDirectory(root.resolve("node-" + i));
                nodes.add(RedisProcess.startFresh(binary, dir, NODE_ARGS, true));
            }
            LocalCluster cluster = new LocalCluster(nodes, root);
            cluster.assignSlotsAndMeet();
            cluster.awaitStateOk();
            return cluster;
        } catch (IOException e) {
            nodes.forEach(RedisProcess::stop);
            throw new UncheckedIOException("cannot create a Redis Cluster in " + root, e);
        } catch (RuntimeException e) {
            nodes.forEach(RedisProcess::stop);
            throw e;
        }
    }

    private void assignSlotsAndMeet() throws IOException {
        for (int i = 0; i < MASTERS; i++) {
            try (RespConnection connection = nodes.get(i).connect()) {
                connection.call("CLUSTER", "SET-CONFIG-EPOCH", Integer.toString(i + 1));
                addSlots(connection, SLOTS * i / MASTERS, SLOTS * (i + 1) / MASTERS - 1);
            }
        }
        try (RespConnection first = nodes.get(0).connect()) {
            for (RedisProcess other : nodes.subList(1, MASTERS)) {
                first.call("CLUSTER", "MEET", RedisProcess.HOST, Integer.toString(other.port()));
            }
        }
    }

    /** ADDSLOTSRANGE where the server knows it (Redis 7), else ADDSLOTS with every slot listed. */
    private static void addSlots(RespConnection connection, int first, int last) throws IOException {
        try {
            connection.call("CLUSTER", "ADDSLOTSRANGE", Integer.toString(first), Integer.toString(last));
        } catch (RespConnection.ErrorReply unknownSubcommand) {
            List<String> command = new ArrayList<>(List.of("CLUSTER", "ADDSLOTS"));
            for (int slot = first; slot <= last; slot++) {
                command.add(Integer.toString(slot));
            }
            connection.call(command.toArray(String[]::new));
        }
    }

    private void awaitStateOk() {
        if (!Polling.within(STATE_OK_TIMEOUT, () -> nodes.stream().allMatch(LocalCluster::reportsOk))) {
            String states = nodes.stream()
                    .map(node -> node.port() + ": "
                            + clusterInfo(node).lines().findFirst().orElse("?"))
                    .collect(Collectors.joining(", "));
            throw new IllegalStateException(String.format(
                    "%s did not reach cluster_state:ok within %d s (%s)",
                    describe(), STATE_OK_TIMEOUT.toSeconds(), states));
        }
    }

    private static boolean reportsOk(RedisProcess node) {
        return clusterInfo(node).contains("cluster_state:ok");
    }

    /** The node's {@code CLUSTER INFO} text, or why it could not be read. */
    private static String clusterInfo(RedisProcess node) {
        try (RespConnection connection = node.connect()) {
            return String.valueOf(connection.call("CLUSTER", "INFO"));
        } catch (IOException | RespConnection.ErrorReply e) {
            return "unreachable: " + e.getMessage();
        }
    }

    @Override
    public String uri() {
        return nodes.get(0).uri();
    }

    @Override
    public List<String> nodeUris() {
        return nodes.stream().map(RedisProcess::uri).toList();
    }

    @Override
    public boolean isCluster() {
        return true;
    }

    @Override
    public synchronized void stop() {
        nodes.forEach(RedisProcess::stop);
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        nodes.forEach(RedisProcess::start);
        awaitStateOk();
    }

    @Override
    public boolean isRunning() {
        return nodes.stream().allMatch(RedisProcess::isRunning);
    }

    @Override
    public void flushAll() {
        for (RedisProcess node : nodes) {
            try (RespConnection connection = node.connect()) {
                connection.call("FLUSHALL");
            } catch (IOException e) {
                throw new UncheckedIOException("FLUSHALL failed on node " + node.uri() + " of " + describe(), e);
            }
        }
    }

    @Override
    public void dispose() {
        stop();
    }

    @Override
    public String describe() {
        String ports = nodes.stream().map(node -> Integer.toString(node.port())).collect(Collectors.joining(", "));
        return String.format(
                "Redis Cluster of %d masters on 127.0.0.1 ports %s, %s, data in %s",
                MASTERS, ports, nodes.get(0).binary(), root);
    }

    @Override
    public String toString() {
        return "cluster " + nodeUris();
    }
}
