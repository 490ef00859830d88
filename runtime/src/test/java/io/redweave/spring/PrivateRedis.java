package io.redweave.spring;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A redis-server of the test's own on a free port, so command counts and keys are the test's alone
 * and it can require a password. Never the shared server: nothing here flushes or stops anything
 * but this process.
 */
final class PrivateRedis implements AutoCloseable {

    private final Process process;
    private final int port;
    private final String password;

    private PrivateRedis(Process process, int port, String password) {
        this.process = process;
        this.port = port;
        this.password = password;
    }

    /** Starts a server; {@code password} may be null. */
    static PrivateRedis start(String password) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                "redis-server",
                "--port",
                String.valueOf(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no"));
        if (password != null) {
            command.addAll(List.of("--requirepass", password));
        }
        try {
            Path log = Files.createTempFile("redis-" + port, ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            await().atMost(Duration.ofSeconds(10)).until(() -> accepts(port));
            return new PrivateRedis(process, port, password);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server; is it on the PATH?", e);
        }
    }

    /** {@code redis://[:password@]127.0.0.1:port}. */
    String url() {
        return password == null ? "redis://127.0.0.1:" + port : "redis://:" + password + "@127.0.0.1:" + port;
    }

    /** The URL without the password. */
    String urlWithoutPassword() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
    }

    private static boolean accepts(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
