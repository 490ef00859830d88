package io.redweave.demo.web;

import static io.redweave.demo.support.DemoFixture.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import io.redweave.demo.support.LogCapture;
import io.redweave.demo.support.RawHttp;
import io.redweave.demo.support.TestDatabases;
import io.redweave.demo.support.WebClient;
import io.redweave.demo.web.BadInputCorpus.Auth;
import io.redweave.demo.web.BadInputCorpus.Probe;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hundreds of hostile requests over every route and method, and concurrent writes of one id, against
 * the real server: none may answer 5xx, show a stack trace or log an ERROR, and the database must
 * hold exactly the rows the successful writes say (run on H2, and on PostgreSQL with DATABASE_URL).
 */
@ExtendWith(DemoExtension.class)
class BadInputCorpusTest {

    private static final Pattern STACK = Pattern.compile(
            "(?m)^\\s*at [\\w$.]+\\(|Exception[:\\s]|java\\.lang\\.|org\\.eclipse\\.|org\\.hibernate\\.|com\\.fasterxml\\.|jakarta\\.");
    private static final Pattern API_ID = Pattern.compile("^/api/musics/[^/?]+/$");

    private final List<String> problems = new ArrayList<>();
    private long musicsCreated;
    private long musicsDeleted;
    private long picturesCreated;

    @Test
    void corpus_ofHostileRequests_answersEachWith4xxOr2xxAndKeepsEveryRow(DemoFixture demo) throws Exception {
        long musicsBefore = count(demo, "music");
        long picturesBefore = count(demo, "picture");
        int mark = LogCapture.mark();
        Random random = new Random(7);
        List<Probe> probes = BadInputCorpus.probes(7, 320);
        WebClient session = loggedIn(demo);
        WebClient anonymous = demo.client();
        String token = WebClient.csrfOf(session.get("/admin/").body());

        for (int i = 0; i < probes.size(); i++) {
            if (i % 10 == 0) {
                demo.forgetLoginFailures(); // keep the throttle from turning every later probe into a 429
            }
            Probe probe = probes.get(i);
            WebClient client =
                    probe.auth() == Auth.SESSION || probe.auth() == Auth.SESSION_WITH_CSRF ? session : demo.client();
            send(client, probe, headers(probe, token, random));

            if (probe.path().startsWith("/admin/log")) {
                session = loggedIn(demo);
                token = WebClient.csrfOf(session.get("/admin/").body());
            }
        }
        concurrentWrites(demo);
        rawRequests(demo);

        assertThat(probes.size()).isGreaterThan(500);
        assertThat(problems).isEmpty();
        assertThat(LogCapture.errorsSince(mark)).isEmpty();
        assertThat(count(demo, "music")).isEqualTo(musicsBefore + musicsCreated - musicsDeleted);
        assertThat(count(demo, "picture")).isEqualTo(picturesBefore + picturesCreated);
        // every write evicted the cached list: it agrees with the database after all of this
        WebClient web = demo.client();
        assertThat(web.get("/api/musics/", "Authorization", AUTH, "Accept", "application/json;version=1.0")
                        .body())
                .isEqualTo(web.get("/api/musics/", "Authorization", AUTH).body());
    }

    private void send(WebClient client, Probe probe, String[] headers) {
        HttpResponse<String> r;
        try {
            r = client.send(probe.method(), probe.path(), probe.body(), headers);
        } catch (RuntimeException e) {
            problems.add(probe + " -> no answer: " + e);
            return;
        }
        check(probe.toString(), r.statusCode(), r.body());
        // the writes that succeeded, by route (the query string does not change the route)
        String route = probe.path().split("\\?", 2)[0];
        String method = probe.method();
        int status = r.statusCode();
        if (method.equals("POST") && route.equals("/api/musics/") && status == 201) {
            musicsCreated++;
        } else if (method.equals("DELETE") && API_ID.matcher(route).matches() && status == 204) {
            musicsDeleted++;
        } else if (method.equals("POST") && route.equals("/admin/musics/") && status == 303) {
            musicsCreated++;
        } else if (method.equals("POST") && route.equals("/admin/pictures/") && status == 303) {
            picturesCreated++;
        }
    }

    // 505 is HTTP's own answer to a version it does not speak (RFC 9110 puts it among the 5xx,
    // though the client chose the version); every other 5xx is the demo's failure
    private void check(String what, int status, String body) {
        if (status >= 500 && status != 505) {
            problems.add(what + " -> " + status + ": " + body.substring(0, Math.min(200, body.length())));
        }
        Matcher trace = STACK.matcher(body);
        if (trace.find()) {
            problems.add(what + " -> a trace in the body: " + trace.group());
        }
    }

    private static String[] headers(Probe probe, String token, Random random) {
        List<String> h = new ArrayList<>();
        String authorization = BadInputCorpus.authorization(probe.auth(), random);
        if (authorization != null) {
            h.addAll(List.of("Authorization", authorization));
        }
        if (probe.auth() == Auth.SESSION_WITH_CSRF) {
            h.addAll(List.of("X-CSRFToken", token));
        }
        if (!probe.contentType().isEmpty()) {
            h.addAll(List.of("Content-Type", probe.contentType()));
        }
        if (!probe.accept().isEmpty()) {
            h.addAll(List.of("Accept", probe.accept()));
        }
        return h.toArray(String[]::new);
    }

    // six clients at once on each of five new musics: one DELETE wins, the others see 404
    private void concurrentWrites(DemoFixture demo) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 5; round++) {
                HttpResponse<String> created = demo.client()
                        .send(
                                "POST",
                                "/api/musics/",
                                json("{\"song\":\"race\",\"singer\":\"corpus\"}"),
                                "Authorization",
                                AUTH,
                                "Content-Type",
                                "application/json");
                check("create", created.statusCode(), created.body());
                musicsCreated++;
                String path = created.headers().firstValue("Location").orElseThrow();
                List<Future<HttpResponse<String>>> calls = new ArrayList<>();
                for (String method : List.of("DELETE", "PUT", "DELETE", "PATCH", "DELETE", "PUT")) {
                    WebClient client = demo.client();
                    calls.add(pool.submit(() -> client.send(
                            method,
                            path,
                            json("{\"song\":\"renamed\",\"singer\":\"corpus\"}"),
                            "Authorization",
                            AUTH,
                            "Content-Type",
                            "application/json")));
                }
                for (Future<HttpResponse<String>> call : calls) {
                    HttpResponse<String> r = call.get();
                    check("concurrent " + r.request().method() + " " + path, r.statusCode(), r.body());
                    musicsDeleted += r.statusCode() == 204 ? 1 : 0;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // what no HTTP client library sends: broken request lines, encodings and framing
    private void rawRequests(DemoFixture demo) {
        int port = demo.server().port();
        List<String> requests = List.of(
                "GET /api/musics/%00/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /images/%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /images/../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /images/..;/admin/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/%c0%af HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /images/ HTTP/7.0\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /images/ HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
                "GET /images/ HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n",
                "GET /images/ HTTP/1.1\r\nHost: x\r\nHost: y\r\nConnection: close\r\n\r\n",
                "GET\t/images/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "G\u00e9T /images/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET " + "/a".repeat(5_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "POST /api/musics/ HTTP/1.1\r\nHost: x\r\nAuthorization: " + AUTH
                        + "\r\nContent-Type: application/json\r\nContent-Length: -1\r\nConnection: close\r\n\r\n{}",
                "POST /api/musics/ HTTP/1.1\r\nHost: x\r\nAuthorization: " + AUTH
                        + "\r\nContent-Type: application/json\r\nContent-Length: 10\r\nContent-Length: 2\r\n"
                        + "Connection: close\r\n\r\n{}",
                "POST /api/musics/ HTTP/1.1\r\nHost: x\r\nAuthorization: " + AUTH
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close"
                        + "\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
                "POST /admin/login/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 12\r\nConnection: close\r\n\r\nusername=%zz",
                "POST /admin/login/ HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=zz\r\n"
                        + "Content-Length: 9\r\nConnection: close\r\n\r\n--zz\r\nxxx");
        for (String request : requests) {
            String shown = request.length() > 60 ? request.substring(0, 60) + "..." : request;
            try {
                RawHttp.Reply r = RawHttp.send(port, request);
                check("raw " + shown.replace("\r\n", " "), r.status(), r.body());
            } catch (RuntimeException | AssertionError e) {
                problems.add("raw " + shown.replace("\r\n", " ") + " -> no answer: " + e);
            }
        }
    }

    private static WebClient loggedIn(DemoFixture demo) {
        demo.forgetLoginFailures();
        WebClient web = demo.client();
        assertThat(web.login(DemoFixture.USER, DemoFixture.PASSWORD).statusCode())
                .isEqualTo(302);
        return web;
    }

    private static long count(DemoFixture demo, String table) {
        return TestDatabases.count(demo.database(), table);
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
