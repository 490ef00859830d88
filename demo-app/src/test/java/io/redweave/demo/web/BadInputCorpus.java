package io.redweave.demo.web;

import io.redweave.demo.support.DemoFixture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * The requests a fuzzer or a careless client sends, drawn from fixed lists with a fixed seed so that
 * every run sends the same ones: every route and method, with malformed ids, bodies, content types,
 * Accept headers, credentials and sizes. Each is bounded (at most 20 KB) and quick to answer.
 */
final class BadInputCorpus {

    /** How a probe authenticates. */
    enum Auth {
        NONE,
        BASIC,
        WRONG_BASIC,
        MALFORMED_BASIC,
        SESSION,
        SESSION_WITH_CSRF
    }

    /** One request: {@code csrf} asks for the session's token in the form or the header. */
    record Probe(String method, String path, Auth auth, String contentType, String accept, byte[] body) {
        @Override
        public String toString() {
            String shown = new String(body, StandardCharsets.UTF_8);
            return String.format(
                    "%s %s auth=%s type=%s accept=%s body=%s",
                    method,
                    path,
                    auth,
                    contentType,
                    accept,
                    shown.length() > 60 ? shown.substring(0, 60) + "..." : shown);
        }
    }

    static final List<String> METHODS =
            List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "FOO");

    /** Ids as they appear in a path: real ones, unknown ones, and ones that are not ids at all. */
    static final List<String> IDS = List.of(
            "1",
            "2",
            "0",
            "-1",
            "+1",
            "1.0",
            "1e3",
            "0x10",
            "99999999",
            "9".repeat(19),
            "9".repeat(40),
            "abc",
            "%20",
            "1%20",
            "%2e%2e",
            "%252F",
            "%E2%80%8B",
            "%D9%A1",
            "null",
            "%7B%7D",
            "1;2",
            "1,2",
            "");

    /** Ids that surely name no row, for the admin's deletes, whose answer does not say whether a row went. */
    static final List<String> MISSING_IDS =
            List.of("987654321", "0", "-1", "abc", "9".repeat(40), "%2e%2e", "%E2%80%8B", "1.5");

    static final List<String> PATHS = List.of(
            "/",
            "/images/",
            "/images/{id}/",
            "/admin/",
            "/admin/login/",
            "/admin/logout/",
            "/admin/pictures/",
            "/admin/pictures/{missing}/delete/",
            "/admin/musics/",
            "/admin/musics/{missing}/delete/",
            "/admin/musics/?page={id}",
            "/api/musics/",
            "/api/musics/{id}/",
            "/api/musics/?format={id}",
            "/api/nothing/",
            "/health",
            "/metrics",
            "/media/uploads/{id}.png",
            "/media/uploads/00000000-0000-0000-0000-000000000000.png",
            "/media/pictures/picture_01.svg",
            "/media/pictures/..%2f..%2fetc%2fpasswd",
            "/static/style.css",
            "/static/%2e%2e/logback.xml",
            "/images/{id}/?next=//evil.example",
            "/admin/login/?next=https://evil.example/",
            "/no/such/page/" + "x".repeat(2_000));

    static final List<String> TYPES = List.of(
            "",
            "application/json",
            "application/json; charset=utf-8",
            "application/jsonx",
            "application/json-patch+json",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "multipart/form-data; boundary=zz",
            "multipart/form-data; boundary=",
            ";",
            "application/json; charset=ebcdic",
            "x".repeat(300));

    static final List<String> ACCEPTS = List.of(
            "",
            "application/json",
            "application/json;version=1.0",
            "application/json;version=2.0",
            "application/json;version=",
            "application/json;version=\"1.0",
            ";",
            ",,,",
            "*/*",
            "text/html",
            "text/csv",
            "application/*;q=0",
            "application/json;" + "v".repeat(2_000));

    static final List<String> BODIES = List.of(
            "",
            "x",
            "{}",
            "[]",
            "null",
            "{\"song\":\"a\",\"singer\":\"b\"}",
            "{\"song\":\"a\",\"singer\":\"b\"} trailing",
            "{\"song\":\"a\",\"singer\":\"b\"}{}",
            "{\"song\":null,\"singer\":\"b\"}",
            "{\"song\":1e999,\"singer\":[]}",
            "{\"song\":\"" + "x".repeat(101) + "\",\"singer\":\"b\"}",
            "{\"song\":\"\\u0000\",\"singer\":\"\\ud800\"}",
            "{\"song\":\"<script>alert(1)</script>\",\"singer\":\"'; drop table music; --\"}",
            "[".repeat(3_000),
            "{\"a\":".repeat(1_500),
            "1".repeat(5_000),
            "{\"song\":\"" + "x".repeat(20_000) + "\"}",
            "song=a&singer=b",
            "song=%zz&singer=%",
            "csrfmiddlewaretoken=x&username=twtrubiks&password=password123",
            "--zz\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx\r\n",
            "--zz--\r\n",
            "\u00ff\u00fe\u0000\u0001");

    private BadInputCorpus() {}

    /** Every path with every method once, then {@code n} probes drawn with {@code seed}. */
    static List<Probe> probes(long seed, int n) {
        Random random = new Random(seed);
        List<Probe> probes = new ArrayList<>();
        for (String path : PATHS) {
            for (String method : METHODS) {
                probes.add(new Probe(method, fill(path, random), Auth.BASIC, "", "", new byte[0]));
            }
        }
        int fullLists = 0;
        while (probes.size() < PATHS.size() * METHODS.size() + n) {
            Probe p = new Probe(
                    pick(random, METHODS),
                    fill(pick(random, PATHS), random),
                    pick(random, List.of(Auth.values())),
                    pick(random, TYPES),
                    pick(random, ACCEPTS),
                    pick(random, BODIES).getBytes(StandardCharsets.UTF_8));
            // reading all 10,000 musics is the one slow answer: a few suffice
            if (readsTheList(p) && ++fullLists > 3) {
                continue;
            }
            probes.add(p);
        }
        return probes;
    }

    private static boolean readsTheList(Probe p) {
        return (p.method().equals("GET") || p.method().equals("HEAD"))
                && p.path().matches("/api/musics/(\\?.*)?")
                && p.auth() != Auth.NONE;
    }

    /** The Authorization header for {@code auth}, or null. */
    static String authorization(Auth auth, Random random) {
        return switch (auth) {
            case BASIC -> DemoFixture.AUTH;
            case WRONG_BASIC -> pick(
                    random,
                    List.of(
                            basic("nobody-" + random.nextInt(1_000), "password123"),
                            basic(DemoFixture.USER, "wrong"),
                            basic("x".repeat(200), "y")));
            case MALFORMED_BASIC -> pick(
                    random,
                    List.of(
                            "Basic !!!",
                            "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)),
                            "Bearer abc",
                            "Basic",
                            "Basic " + "A".repeat(4_000),
                            "basic " + Base64.getEncoder().encodeToString(":".getBytes(StandardCharsets.UTF_8))));
            default -> null;
        };
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String fill(String path, Random random) {
        return path.replace("{id}", pick(random, IDS)).replace("{missing}", pick(random, MISSING_IDS));
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
