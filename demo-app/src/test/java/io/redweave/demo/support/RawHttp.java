package io.redweave.demo.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes that no well-behaved HTTP client would (a {@code %00} in the path, an unknown protocol
 * version, a header of 20 KB) and reads what the server answers, over a plain socket.
 */
public final class RawHttp {

    private RawHttp() {}

    /** What came back: the status, the headers (names in lower case) and the body as text. */
    public record Reply(int status, Map<String, String> headers, String body) {

        /** A header's value, or the empty string. */
        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /** Sends {@code request} as it is (it should ask for {@code Connection: close}) and reads the reply. */
    public static Reply send(int port, String request) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return parse(readAll(s.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET of {@code target} with the given request line version and extra header lines. */
    public static Reply get(int port, String target, String version, String... headerLines) {
        StringBuilder r = new StringBuilder("GET " + target + " " + version + "\r\nHost: 127.0.0.1\r\n");
        for (String h : headerLines) {
            r.append(h).append("\r\n");
        }
        return send(port, r.append("Connection: close\r\n\r\n").toString());
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            // a server that closes after an error may reset the connection once it has answered
        }
        return out.toByteArray();
    }

    private static Reply parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no complete HTTP response: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
        return new Reply(status, headers, text.substring(end + 4));
    }
}
