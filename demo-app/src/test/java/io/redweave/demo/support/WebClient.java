package io.redweave.demo.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An HTTP client with a cookie jar, as a browser: it keeps the session cookie between calls. */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    /** A client of the server at {@code base}, such as {@code http://127.0.0.1:8000}. */
    public WebClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The Basic authorization header value. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** GET with optional header pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** A request with any method and no body, such as HEAD or OPTIONS. */
    public HttpResponse<String> send(String method, String path, String... headers) {
        return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** A request with any method and body. */
    public HttpResponse<String> send(String method, String path, byte[] body, String... headers) {
        return send(request(path, headers).method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A form POST. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path, "Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart POST with text fields and one file. */
    public HttpResponse<String> postMultipart(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] file) {
        String boundary = "----redweave" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        fields.forEach((k, v) -> out.writeBytes(
                String.format("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n", boundary, k, v)
                        .getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(String.format(
                        "--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                                + "Content-Type: application/octet-stream\r\n\r\n",
                        boundary, fileField, fileName)
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(String.format("\r\n--%s--\r\n", boundary).getBytes(StandardCharsets.UTF_8));
        return send(request(path, "Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** Logs in through the form, as a person would; returns the response to the POST. */
    public HttpResponse<String> login(String user, String password) {
        HttpResponse<String> page = get("/admin/login/");
        // already logged in: the login page sends to the dashboard, whose forms carry the token
        String token = csrfOf(page.statusCode() == 302 ? get("/admin/").body() : page.body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrfmiddlewaretoken", token);
        form.put("username", user);
        form.put("password", password);
        form.put("next", "/admin/");
        return postForm("/admin/login/", form);
    }

    /** The CSRF token in a page's first form. */
    public static String csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page");
        }
        return m.group(1);
    }

    /** Puts a cookie in the jar, as an attacker planting a session id would. */
    public void plantCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    /** The value of cookie {@code name} in the jar, if any. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
