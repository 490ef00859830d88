package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redweave.fixtures.MusicService;
import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Sentinel-managed master, reached through a real redis-server running in Sentinel mode. */
class SentinelTest {

    @TempDir
    Path dir;

    @Test
    void sentinelTopology_findsTheMasterAndCaches() throws Exception {
        RedisServer master = RedisServers.startDedicated();
        int port = freePort();
        URI masterUri = URI.create(master.uri());
        Path conf = dir.resolve("sentinel.conf");
        Files.writeString(
                conf,
                String.format(
                        "port %d%nbind 127.0.0.1%ndir %s%nsentinel monitor mymaster %s %d 1%n",
                        port, dir, masterUri.getHost(), masterUri.getPort()));
        Process sentinel = new ProcessBuilder(RedisServers.serverBinary().toString(), conf.toString(), "--sentinel")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("sentinel.log").toFile())
                .start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> answers(port));
            RedweaveConfig config = RedweaveConfig.builder()
                    .sentinel("mymaster", List.of("redis://127.0.0.1:" + port))
                    .keyPrefix("sentinel")
                    .build();
            try (Redweave redweave = Redweave.start(config)) {
                MusicService service = new MusicService();
                service.find(1);
                service.find(1);
                assertThat(service.runs("find")).isEqualTo(1);
                assertThat(redweave.cache("music").contains("1")).isTrue();
            }
        } finally {
            sentinel.destroy();
            master.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
