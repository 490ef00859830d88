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
 * A Redis Cluster of three masters, each with as many replicas as asked (none by default), run from
 * a local {@link RedisBinary}.
 *
 * <p>Creation does what {@code redis-cli --cluster create} does, over {@link RespConnection}: each
 * node gets a distinct config epoch and a third of the 16384 slots, the first node meets the
 * others, then every node is polled until it reports {@code cluster_state:ok}. Each node keeps
 * its {@code nodes.conf} in its own directory, so a restart brings back the same cluster: the
 * nodes reload their slots and ids, find each other again, and turn {@code ok} once Redis's own
 * rejoin delay (about two seconds) has passed.
 *
 * <p>Replicas meet the cluster once the masters own their slots, and each is told to {@code CLUSTER
 * REPLICATE} one master; the cluster counts as started when every master has its replicas
 * connected. A master killed then fails over to its replica after the node timeout (3 s).
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
    private final int replicasPerMaster;
    private final Path root;

    private LocalCluster(List<RedisProcess> nodes, int replicasPerMaster, Path root) {
        this.nodes = List.copyOf(nodes);
        this.replicasPerMaster = replicasPerMaster;
        this.root = root;
    }

    static LocalCluster launch(RedisBinary binary) {
        return launch(binary, 0);
    }

    /** Three masters, each with {@code replicasPerMaster} replicas. */
    static LocalCluster launch(RedisBinary binary, int replicasPerMaster) {
        if (replicasPerMaster < 0) {
            throw new IllegalArgumentException(
                    String.format("replicasPerMaster is %d; use 0 or more", replicasPerMaster));
        }
        Path root = ScratchDirs.create("redweave-cluster-");
        RedisServers.deleteAtExit(root);
        List<RedisProcess> nodes = new ArrayList<>();
        try {
            for (int i = 1; i <= MASTERS * (1 + replicasPerMaster); i++) {
                Path dir = Files.createDirectory(root.resolve("node-" + i));
                nodes.add(RedisProcess.startFresh(binary, dir, NODE_ARGS, true));
            }
            LocalCluster cluster = new LocalCluster(nodes, replicasPerMaster, root);
            cluster.assignSlotsAndMeet();
            cluster.awaitStateOk();
            cluster.attachReplicas();
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
            for (RedisProcess other : nodes.subList(1, nodes.size())) {
                first.call("CLUSTER", "MEET", RedisProcess.HOST, Integer.toString(other.port()));
            }
        }
    }

    // replica j of master i is node MASTERS * (1 + j) + i
    private void attachReplicas() throws IOException {
        for (int i = 0; i < MASTERS; i++) {
            String masterId;
            try (RespConnection master = nodes.get(i).connect()) {
                masterId = String.valueOf(master.call("CLUSTER", "MYID"));
            }
            for (int j = 0; j < replicasPerMaster; j++) {
                RedisProcess replica = nodes.get(MASTERS * (1 + j) + i);
                if (!Polling.within(STATE_OK_TIMEOUT, () -> knows(replica, masterId))) {
                    throw new IllegalStateException(
                            String.format("replica on port %d never learnt of master %s", replica.port(), masterId));
                }
                try (RespConnection connection = replica.connect()) {
                    connection.call("CLUSTER", "REPLICATE", masterId);
                }
            }
        }
        awaitReplicasConnected();
    }

    private void awaitReplicasConnected() {
        if (replicasPerMaster == 0) {
            return;
        }
        // connected to its master, and known as a replica by every node (gossip takes a moment)
        boolean connected = Polling.within(
                STATE_OK_TIMEOUT,
                () -> nodes.subList(0, MASTERS).stream().allMatch(master -> info(master, "replication")
                                .contains("connected_slaves:" + replicasPerMaster))
                        && nodes.stream().allMatch(node -> replicasSeenBy(node) == MASTERS * replicasPerMaster));
        if (!connected) {
            throw new IllegalStateException(describe() + ": the replicas did not connect to their masters within "
                    + STATE_OK_TIMEOUT.toSeconds() + " s");
        }
    }

    private static long replicasSeenBy(RedisProcess node) {
        try (RespConnection connection = node.connect()) {
            return String.valueOf(connection.call("CLUSTER", "NODES"))
                    .lines()
                    .filter(line -> line.contains("slave"))
                    .count();
        } catch (IOException | RespConnection.ErrorReply e) {
            return -1;
        }
    }

    private static boolean knows(RedisProcess node, String nodeId) {
        try (RespConnection connection = node.connect()) {
            return String.valueOf(connection.call("CLUSTER", "NODES")).contains(nodeId);
        } catch (IOException | RespConnection.ErrorReply e) {
            return false;
        }
    }

    private static String info(RedisProcess node, String section) {
        try (RespConnection connection = node.connect()) {
            return String.valueOf(connection.call("INFO", section));
        } catch (IOException | RespConnection.ErrorReply e) {
            return "unreachable: " + e.getMessage();
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
        // replicas report ok only once they replicate; until then the masters speak for the cluster
        List<RedisProcess> judges = replicasAttached() ? nodes : nodes.subList(0, MASTERS);
        if (!Polling.within(STATE_OK_TIMEOUT, () -> judges.stream().allMatch(LocalCluster::reportsOk))) {
            String states = nodes.stream()
                    .map(node -> node.port() + ": "
                            + clusterInfo(node).lines().findFirst().orElse("?"))
                    .collect(Collectors.joining(", "));
            throw new IllegalStateException(String.format(
                    "%s did not reach cluster_state:ok within %d s (%s)",
                    describe(), STATE_OK_TIMEOUT.toSeconds(), states));
        }
    }

    private boolean replicasAttached() {
        return replicasPerMaster > 0
                && nodes.subList(MASTERS, nodes.size()).stream()
                        .allMatch(node -> info(node, "replication").contains("role:slave"));
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

    /** Every node, the three masters first, then the replicas. */
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
                "Redis Cluster of %d masters%s on 127.0.0.1 ports %s, %s, data in %s",
                MASTERS,
                replicasPerMaster == 0 ? "" : " with " + replicasPerMaster + " replica(s) each",
                ports,
                nodes.get(0).binary(),
                root);
    }

    @Override
    public String toString() {
        return "cluster " + nodeUris();
    }
}
