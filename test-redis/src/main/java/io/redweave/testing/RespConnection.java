package io.redweave.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal RESP2 client: enough to ping a node, assign cluster slots, meet nodes and read
 * {@code CLUSTER INFO}. The harness must not depend on {@code redis-cli} or on the client library
 * under test, so it speaks the protocol itself.
 *
 * <p>Replies map to Java as: simple and bulk strings to {@link String}, integers to {@link Long},
 * arrays to {@link List}, nil to {@code null}; an error reply is thrown as {@link ErrorReply}.
 * Not thread-safe; one connection per caller.
 */
final class RespConnection implements Closeable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RespConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static RespConnection open(String host, int port, Duration timeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            socket.setTcpNoDelay(true);
            return new RespConnection(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** True when a node on {@code host:port} answers {@code PING} with {@code PONG} right now. */
    static boolean answersPing(String host, int port) {
        try (RespConnection connection = open(host, port, Duration.ofSeconds(1))) {
            return "PONG".equals(connection.call("PING"));
        } catch (IOException | ErrorReply e) {
            return false; // refused, reset, or -LOADING while the node reads its data
        }
    }

    /** Sends one command and returns its reply; see the class comment for the mapping. */
    Object call(String... args) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes(("*" + args.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (String arg : args) {
            byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
            frame.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            frame.writeBytes(bytes);
            frame.writeBytes(new byte[] {'\r', '\n'});
        }
        out.write(frame.toByteArray());
        out.flush();
        return readReply();
    }

    private Object readReply() throws IOException {
        int type = in.read();
        String line = readLine();
        switch (type) {
            case '+':
                return line;
            case '-':
                throw new ErrorReply(line);
            case ':':
                return Long.parseLong(line);
            case '$':
                return readBulk(Integer.parseInt(line));
            case '*':
                return readArray(Integer.parseInt(line));
            case -1:
                throw new EOFException("connection closed by the server");
            default:
                throw new IOException(String.format("unexpected RESP type byte %d before \"%s\"", type, line));
        }
    }

    private String readBulk(int length) throws IOException {
        if (length < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(length + 2); // payload and its CRLF
        if (bytes.length != length + 2) {
            throw new EOFException("connection closed inside a bulk string");
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private List<Object> readArray(int length) throws IOException {
        if (length < 0) {
            return null;
        }
        List<Object> items = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            items.add(readReply());
        }
        return items;
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        for (int b = in.read(); b != -1; b = in.read()) {
            if (previous == '\r' && b == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
            }
            line.write(b);
            previous = b;
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** An error reply ({@code -ERR ...}) from the server, carrying its text. */
    static final class ErrorReply extends RuntimeException {
        ErrorReply(String message) {
            super(message);
        }
    }
}
