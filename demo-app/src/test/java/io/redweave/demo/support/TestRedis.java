package io.redweave.demo.support;

import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A dedicated Redis node from the project's test harness, which a test may stop and start again on
 * the same port (to see the demo survive a Redis outage), plus a raw command line to look at keys
 * as {@code redis-cli} would. It keeps nothing on disk and is never the Redis on port 6379.
 */
public final class TestRedis implements AutoCloseable {

    private final RedisServer server;
    private final int port;

    private TestRedis(RedisServer server) {
        this.server = server;
        this.port = URI.create(server.uri()).getPort();
    }

    /** Starts one. */
    public static TestRedis start() {
        return new TestRedis(RedisServers.startDedicated());
    }

    /** Its URL. */
    public String url() {
        return server.uri();
    }

    /** Its port. */
    public int port() {
        return port;
    }

    /** Starts the server again on the same port and waits until it answers. */
    public void startAgain() {
        server.start();
    }

    /** Stops the server; its port refuses connections afterwards. */
    public void stop() {
        server.stop();
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
        server.stop();
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
}
