package io.redweave.internal.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A parsed {@code redis://[[user]:password@]host:port[/database]} URL. The password stays inside
 * this object: {@link #redact} and {@link #address()} never include it.
 */
public record RedisAddress(String scheme, String host, int port, String username, String password, int database) {

    /** Parses a URL; the error message shows the URL with its password masked. */
    public static RedisAddress parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Redis URL is empty; use redis://host:6379");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw invalid(url, "it is not a URL");
        }
        String scheme = uri.getScheme();
        if (!"redis".equals(scheme) && !"rediss".equals(scheme)) {
            throw invalid(url, "the scheme must be redis:// or rediss:// (TLS)");
        }
        if (uri.getHost() == null) {
            throw invalid(url, "it names no host");
        }
        int port = uri.getPort() == -1 ? 6379 : uri.getPort();
        String user = null;
        String password = null;
        String info = uri.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
            if (colon < 0) {
                password = user;
                user = null;
            }
        }
        return new RedisAddress(
                scheme, uri.getHost(), port, blankToNull(user), blankToNull(password), database(url, uri.getPath()));
    }

    /** The URL with any password replaced by {@code ****}. */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        return url.replaceAll("(://[^:/@]*:)[^@]*@", "$1****@").replaceAll("(://)([^:/@]+)@", "$1****@");
    }

    /** {@code scheme://host:port}, the form Redisson takes; never holds the password. */
    public String address() {
        return scheme + "://" + host + ":" + port;
    }

    private static int database(String url, String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return 0;
        }
        try {
            int db = Integer.parseInt(path.substring(1));
            if (db >= 0) {
                return db;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(url, "the path must be a database number such as /1");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static IllegalArgumentException invalid(String url, String why) {
        return new IllegalArgumentException(String.format(
                "Redis URL %s is not valid: %s; use redis://[:password@]host:6379[/db]", redact(url), why));
    }

    @Override
    public String toString() {
        return address() + "/" + database + (password == null ? "" : " (password set)");
    }
}
