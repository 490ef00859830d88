package io.redweave.benchmarks.reliability;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One command to one Redis node over a fresh socket, as {@code redis-cli -p port} would send it:
 * the experiments look at a node directly (its PID, its role, a counter's value) without going
 * through the client whose behaviour they measure.
 */
final class Resp {

    private Resp() {}

    /** Sends {@code args} to the node at {@code uri} ({@code redis://host:port}) and returns the reply. */
    static Object call(String uri, String... args) {
        URI u = URI.create(uri);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(u.getHost(), u.getPort()), 1_000);
            s.setSoTimeout(5_000);
            write(s.getOutputStream(), args);
            return read(new BufferedInputStream(s.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", args) + " on " + uri + " failed", e);
        }
    }

    /** The node's process id, from {@code INFO server}. */
    static long pid(String uri) {
        String info = String.valueOf(call(uri, "INFO", "server"));
        return Long.parseLong(field(info, "process_id"));
    }

    /** One {@code name:value} line of an {@code INFO} reply. */
    static String field(String info, String name) {
        return info.lines()
                .filter(l -> l.startsWith(name + ":"))
                .map(l -> l.substring(name.length() + 1).strip())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " in INFO"));
    }

    /** Whether the node answers PING with PONG. */
    static boolean pong(String uri) {
        try {
            return "PONG".equals(call(uri, "PING"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void write(OutputStream out, String[] args) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("*" + args.length + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (String a : args) {
            byte[] bytes = a.getBytes(StandardCharsets.UTF_8);
            b.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.UTF_8));
            b.writeBytes(bytes);
            b.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(b.toByteArray());
        out.flush();
    }

    private static Object read(InputStream in) throws IOException {
        int type = in.read();
        String line = line(in);
        return switch (type) {
            case '+' -> line;
            case '-' -> throw new IllegalStateException("Redis answered " + line);
            case ':' -> Long.parseLong(line);
            case '$' -> {
                int n = Integer.parseInt(line);
                if (n < 0) {
                    yield null;
                }
                byte[] bytes = in.readNBytes(n + 2);
                yield new String(bytes, 0, n, StandardCharsets.UTF_8);
            }
            case '*' -> {
                int n = Integer.parseInt(line);
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    items.add(read(in));
                }
                yield items;
            }
            default -> throw new IOException("not a RESP reply: " + (char) type + line);
        };
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }
}
