package io.redweave.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code redis-server} process on a fixed loopback port with its own data directory. It can be
 * stopped and started again with the same port, directory and arguments, so whatever the
 * arguments persist (an append-only file, a cluster's {@code nodes.conf}) survives a restart.
 *
 * <p>Output goes to {@code redis.log} in the data directory; a failed start reports its tail.
 * Methods are synchronized: a test thread and the shutdown hook may race.
 */
final class RedisProcess {

    static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final int START_ATTEMPTS = 3;

    private final RedisBinary binary;
    private final int port;
    private final Path dir;
    private final List<String> command;
    private Process process;

    private RedisProcess(RedisBinary binary, int port, Path dir, List<String> args) {
        this.binary = binary;
        this.port = port;
        this.dir = dir;
        this.command = new ArrayList<>();
        command.add(binary.path().toString());
        command.addAll(List.of("--port", Integer.toString(port), "--bind", HOST, "--dir", dir.toString()));
        command.addAll(List.of("--daemonize", "no", "--save", "", "--appendonly", "no"));
        command.addAll(args); // later options win, so callers may turn persistence back on
    }

    /**
     * Starts a server on a fresh free port in {@code dir}. Another process can take the port
     * between choosing and binding it, so a start that fails for that reason is retried on a new
     * port; any other failure (a bad option, say) is thrown at once.
     */
    static RedisProcess startFresh(RedisBinary binary, Path dir, List<String> args, boolean clusterNode) {
        for (int attempt = 1; ; attempt++) {
            RedisProcess candidate = new RedisProcess(binary, FreePorts.take(clusterNode), dir, args);
            try {
                candidate.start();
                return candidate;
            } catch (IllegalStateException e) {
                candidate.stop();
                if (attempt == START_ATTEMPTS || !e.getMessage().contains("Address already in use")) {
                    throw e;
                }
            }
        }
    }

    int port() {
        return port;
    }

    Path dir() {
        return dir;
    }

    RedisBinary binary() {
        return binary;
    }

    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Starts the process unless it runs, and returns once it answers PING.
     *
     * @throws IllegalStateException when it exits or stays silent past the deadline; the message
     *     holds the tail of its log
     */
    synchronized void start() {
        if (isRunning()) {
            return;
        }
        try {
            process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        }
        Process started = process;
        boolean answered = Polling.within(START_TIMEOUT, () -> !started.isAlive() || answersAs(started));
        if (!answered || !started.isAlive()) {
            String why = started.isAlive()
                    ? "did not answer PING within " + START_TIMEOUT.toSeconds() + " s"
                    : "exited with code " + started.exitValue();
            started.destroyForcibly();
            throw new IllegalStateException(
                    String.format("%s on port %d %s; last lines of %s:%n%s", binary, port, why, log(), logTail(20)));
        }
    }

    /**
     * True when the server on our port answers PING and is {@code process} itself: if someone else
     * took the port first, our process is about to exit and must not be mistaken for ready.
     */
    private boolean answersAs(Process candidate) {
        try (RespConnection connection = connect()) {
            return "PONG".equals(connection.call("PING"))
                    && String.valueOf(connection.call("INFO", "server"))
                            .contains("process_id:" + candidate.pid() + "\r\n");
        } catch (IOException | RespConnection.ErrorReply e) {
            return false; // refused, reset, or -LOADING while the node reads its data
        }
    }

    /** Stops the process (SIGTERM, then SIGKILL past a deadline); its port refuses connections after. */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Opens a connection to this node; the caller closes it. */
    RespConnection connect() throws IOException {
        return RespConnection.open(HOST, port, Duration.ofSeconds(5));
    }

    String uri() {
        return "redis://" + HOST + ":" + port;
    }

    private Path log() {
        return dir.resolve("redis.log");
    }

    private String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log(), StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
