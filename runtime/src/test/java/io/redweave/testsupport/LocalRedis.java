package io.redweave.testsupport;

import static org.awaitility.Awaitility.await;

import io.redweave.RedweaveConfig;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Private Redis servers for these tests, started from the {@code redis-server} on the PATH on free
 * ports: one single node and one three-master cluster, each started once per test JVM and stopped
 * when it exits. Tests isolate themselves by key prefix; nothing here flushes a server.
 */
public final class LocalRedis {

    private static LocalRedis single;
    private static LocalRedis cluster;

    private final List<Integer> ports;
    private final boolean isCluster;
    private final List<Process> processes = new ArrayList<>();

    private LocalRedis(List<Integer> ports, boolean isCluster) {
        this.ports = ports;
        this.isCluster = isCluster;
    }

    /** The shared single node. */
    public static synchronized LocalRedis single() {
        if (single == null) {
            single = start(1, false);
        }
        return single;
    }

    /** The shared three-master cluster. */
    public static synchronized LocalRedis cluster() {
        if (cluster == null) {
            cluster = start(3, true);
        }
        return cluster;
    }

    /** Either, by name: {@code single} or {@code cluster}. */
    public static LocalRedis of(String topology) {
        return topology.equals("cluster") ? cluster() : single();
    }

    /** A config pointing at a port where nothing listens, for Redis-down tests. */
    public static RedweaveConfig downConfig() {
        return RedweaveConfig.builder()
                .redisUrl("redis://127.0.0.1:" + freePort())
                .timeout(Duration.ofMillis(200))
                .connectTimeout(Duration.ofMillis(200))
                .build();
    }

    /** A config for this server with a key prefix of its own, so tests never see each other's keys. */
    public RedweaveConfig.Builder config() {
        RedweaveConfig.Builder b = RedweaveConfig.builder()
                .keyPrefix("t" + UUID.randomUUID().toString().substring(0, 8))
                .timeout(Duration.ofSeconds(2));
        return isCluster ? b.clusterNodes(urls()) : b.redisUrl(urls().get(0));
    }

    /** Every node's URL. */
    public List<String> urls() {
        return ports.stream().map(p -> "redis://127.0.0.1:" + p).collect(Collectors.toList());
    }

    /** Whether this is the cluster. */
    public boolean isCluster() {
        return isCluster;
    }

    @Override
    public String toString() {
        return isCluster ? "cluster" : "single";
    }

    private static LocalRedis start(int nodes, boolean isCluster) {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            ports.add(isCluster ? freeClusterPort() : freePort());
        }
        LocalRedis redis = new LocalRedis(ports, isCluster);
        Runtime.getRuntime().addShutdownHook(new Thread(redis::stop));
        try {
            Path dir = Files.createTempDirectory("redweave-redis");
            for (int port : ports) {
                redis.processes.add(server(dir, port, isCluster));
            }
            for (int port : ports) {
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> cli(port, "ping").contains("PONG"));
            }
            if (isCluster) {
                redis.createCluster();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return redis;
    }

    private static Process server(Path dir, int port, boolean isCluster) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                "redis-server",
                "--port",
                Integer.toString(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                dir.toString()));
        if (isCluster) {
            cmd.addAll(List.of("--cluster-enabled", "yes", "--cluster-config-file", "nodes-" + port + ".conf"));
        }
        File log = dir.resolve("redis-" + port + ".log").toFile();
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
    }

    private void createCluster() {
        List<String> cmd = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
        ports.forEach(p -> cmd.add("127.0.0.1:" + p));
        cmd.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
        run(cmd);
        for (int port : ports) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> cli(port, "cluster", "info").contains("cluster_state:ok"));
        }
    }

    private void stop() {
        processes.forEach(Process::destroy);
    }

    private static String cli(int port, String... args) {
        List<String> cmd = new ArrayList<>(List.of("redis-cli", "-p", Integer.toString(port)));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    private static String run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(20, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A free port whose cluster bus port (port + 10000) is free and valid too. */
    private static int freeClusterPort() {
        java.util.Random random = new java.util.Random();
        while (true) {
            int port = 20000 + random.nextInt(20000);
            if (isFree(port) && isFree(port + 10000)) {
                return port;
            }
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
