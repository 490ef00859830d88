package io.redweave.benchmarks.reliability;

import io.redweave.testing.RedisServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code redis-server} the experiment owns, so that it can kill it with SIGKILL ({@code kill -9},
 * a crash: no shutdown, no last fsync) and start it again on the same port from the same files.
 * The binary is the test harness's ({@code redis-server} on the PATH, else embedded-redis's).
 */
final class RedisNode implements AutoCloseable {

    private final List<String> command;
    private final Path dir;
    private final int port;
    private Process process;

    private RedisNode(List<String> command, Path dir, int port) {
        this.command = command;
        this.dir = dir;
        this.port = port;
    }

    /** Starts a node on a free port in a new directory, with {@code args} as extra options. */
    static RedisNode start(String... args) {
        try {
            Path dir = Files.createTempDirectory("redweave-reliability-");
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    RedisServers.serverBinary().toString(),
                    "--port",
                    Integer.toString(port),
                    "--bind",
                    "127.0.0.1",
                    "--dir",
                    dir.toString(),
                    "--save",
                    "",
                    "--appendonly",
                    "no"));
            command.addAll(List.of(args));
            RedisNode node = new RedisNode(command, dir, port);
            node.startAgain();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its URL. */
    String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** Its port. */
    int port() {
        return port;
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill9() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the same command again (same port, same files) and waits until it answers PING. */
    void startAgain() {
        try {
            process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            dir.resolve("redis.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitPong(uri(), Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    /** Waits until the node at {@code uri} answers PING (it answers -LOADING while it reads its files). */
    static void awaitPong(String uri, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!Resp.pong(uri)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(uri + " did not answer PING within " + within.toSeconds() + " s");
            }
            pause(20);
        }
    }

    /** The command that runs {@code main} in a new JVM with this one's class path: a process to kill. */
    static List<String> childJvm(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // the experiments watch real processes with real clocks: a short pause between looks
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
