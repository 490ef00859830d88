package io.redweave.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * The Redis binary shipped in the {@code embedded-redis} jar, started when no {@code
 * REDWEAVE_REDIS_URL} is given so that the demo runs on a machine with only a JDK. It keeps an
 * append-only file under the data directory (the tutorial's {@code --appendonly yes}), so counts
 * and the board survive a restart. Port 6379 when free, else any free port (logged).
 */
final class EmbeddedRedis implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);

    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts it with its files under {@code dataDir/redis}. */
    static EmbeddedRedis start(Path dataDir) {
        int port = portFree(6379) ? 6379 : anyFreePort();
        Path dir = dataDir.resolve("redis").toAbsolutePath();
        try {
            Files.createDirectories(dir);
            RedisServer server = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("appendonly yes")
                    .setting("save \"\"")
                    .setting("dir " + dir)
                    .build();
            server.start();
            LOG.info("Started the embedded Redis on 127.0.0.1:{} (look inside with: redis-cli -p {})", port, port);
            return new EmbeddedRedis(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    String.format(
                            "The embedded Redis did not start on port %d; set REDWEAVE_REDIS_URL to use another Redis",
                            port),
                    e);
        }
    }

    /** Its URL. */
    String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            LOG.warn("The embedded Redis did not stop cleanly: {}", e.getMessage());
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
