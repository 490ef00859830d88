package io.redweave.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * The Redis binary shipped in the {@code embedded-redis} jar, started when no {@code
 * REDWEAVE_REDIS_URL} is given so that the demo runs on a machine with only a JDK. It keeps an
 * append-only file under the data directory (the tutorial's {@code --appendonly yes}), so counts
 * and the board survive a restart. Port 6379 when free, else any free port (logged).
 *
 * <p>The demo owns the process, so it also looks after it: when the process exits without being
 * asked to (killed, out of memory), it is started again on the same port from the same files,
 * and {@link #status()} says how often that happened, for {@code /health} and the dashboard.
 */
public final class EmbeddedRedis implements AutoCloseable {

    /** How long a start may take before it counts as failed. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(15);

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final List<String> command;
    private final Path dir;
    private final int port;
    private final Clock clock;
    private final ScheduledExecutorService restarter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "embedded-redis-restarter");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile Process process;
    private volatile Instant lastExit;
    private volatile boolean closing;

    /**
     * What {@code /health} and the dashboard show of the embedded Redis.
     *
     * @param running whether its process is alive now
     * @param restarts how often it was started again after it exited on its own
     * @param lastExit when it last exited on its own, if ever
     */
    public record Status(boolean running, int restarts, Optional<Instant> lastExit) {}

    private EmbeddedRedis(List<String> command, Path dir, int port, Clock clock) {
        this.command = command;
        this.dir = dir;
        this.port = port;
        this.clock = clock;
    }

    /** Starts it with its files under {@code dataDir/redis}. */
    static EmbeddedRedis start(Path dataDir) {
        int port = portFree(6379) ? 6379 : anyFreePort();
        Path dir = dataDir.resolve("redis").toAbsolutePath();
        try {
            Files.createDirectories(dir);
            List<String> command = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("appendonly yes")
                    .setting("save \"\"")
                    .setting("dir " + dir)
                    .buildCommandArgs();
            EmbeddedRedis redis = new EmbeddedRedis(command, dir, port, Clock.systemUTC());
            redis.launch();
            LOG.info("Started the embedded Redis on 127.0.0.1:{} (look inside with: redis-cli -p {})", port, port);
            return redis;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    String.format(
                            "The embedded Redis did not start on port %d (%s); set REDWEAVE_REDIS_URL to use another Redis",
                            port, e.getMessage()),
                    e);
        }
    }

    /** Its URL. */
    String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Its process id while it runs, for a person (or a test) who wants to kill it. */
    public Optional<Long> pid() {
        Process p = process;
        return p != null && p.isAlive() ? Optional.of(p.pid()) : Optional.empty();
    }

    /** Whether it runs and how often it had to be started again. */
    public Status status() {
        Process p = process;
        return new Status(p != null && p.isAlive(), restarts.get(), Optional.ofNullable(lastExit));
    }

    @Override
    public void close() {
        closing = true;
        restarter.shutdownNow();
        Process p = process;
        if (p != null) {
            p.destroy();
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private synchronized void launch() throws IOException {
        Process p = new ProcessBuilder(command)
                .directory(Path.of(command.get(0)).getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("redis.log").toFile()))
                .start();
        process = p;
        awaitReady(p);
        p.onExit().thenAccept(this::exited);
    }

    private void exited(Process p) {
        if (closing || p != process) {
            return;
        }
        lastExit = clock.instant();
        LOG.warn(
                "The embedded Redis (pid {}) exited on its own with code {}; starting it again on port {} "
                        + "(its log: {})",
                p.pid(),
                p.exitValue(),
                port,
                dir.resolve("redis.log"));
        restarter.execute(this::restart);
    }

    private void restart() {
        if (closing) {
            return;
        }
        try {
            launch();
            int n = restarts.incrementAndGet();
            LOG.warn("The embedded Redis runs again on 127.0.0.1:{} (restart {})", port, n);
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "The embedded Redis did not start again ({}); retrying in {} s", e.getMessage(), RETRY.toSeconds());
            restarter.schedule(this::restart, RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    // Redis answers -LOADING while it reads its append-only file: ready means +PONG
    private void awaitReady(Process p) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException(
                        "redis-server exited with code " + p.exitValue() + "; see " + dir.resolve("redis.log"));
            }
            if (pong()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while redis-server started", e);
            }
        }
        p.destroyForcibly();
        throw new IOException("redis-server did not answer PING within " + START_TIMEOUT.toSeconds() + " s");
    }

    private boolean pong() {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(1_000);
            s.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            byte[] reply = in.readNBytes(5);
            return new String(reply, StandardCharsets.US_ASCII).equals("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int anyFreePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded Redis", e);
        }
    }
}
