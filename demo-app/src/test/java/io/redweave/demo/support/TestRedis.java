package io.redweave.demo.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A private {@code redis-server} on a free port, which a test may stop and start again on the same
 * port (to see the demo survive a Redis outage). It keeps nothing on disk.
 */
public final class TestRedis implements AutoCloseable {

    private final int port;
    private Process process;

    private TestRedis(int port) {
        this.port = port;
    }

    /** Starts one. */
    public static TestRedis start() {
        TestRedis redis = new TestRedis(freePort());
        redis.startAgain();
        return redis;
    }

    /** Its URL. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Its port. */
    public int port() {
        return port;
    }

    /** Starts the server (again) on the same port and waits until it answers. */
    public synchronized void startAgain() {
        try {
            process = new ProcessBuilder(
                            "redis-server",
                            "--port",
                            Integer.toString(port),
                            "--bind",
                            "127.0.0.1",
                            "--save",
                            "",
                            "--appendonly",
                            "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("redis-server is not on the PATH", e);
        }
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20))
                .until(this::answers);
    }

    /** Stops the server and waits until its port is closed. */
    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());
            process = null;
        }
    }

    /** Sends one command (inline form) and returns the reply's first line. */
    public String command(String inline) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(2000);
            OutputStream out = s.getOutputStream();
            out.write((inline + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return readLine(s.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code key} exists. */
    public boolean exists(String key) {
        return command("EXISTS " + key).equals(":1");
    }

    @Override
    public void close() {
        stop();
    }

    private boolean answers() {
        try {
            return command("PING").equals("+PONG");
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
