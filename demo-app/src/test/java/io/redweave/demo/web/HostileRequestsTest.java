package io.redweave.demo.web;

import static io.redweave.demo.support.DemoFixture.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import io.redweave.demo.support.LogCapture;
import io.redweave.demo.support.RawHttp;
import io.redweave.demo.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests that only a fuzzer or an attacker sends: each gets a 4xx in the site's own form, never a 500. */
@ExtendWith(DemoExtension.class)
class HostileRequestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin/login/", "/admin/pictures/", "/admin/musics/", "/admin/logout/"})
    void adminPost_malformedMultipart_is400AndLogsNoError(String path, DemoFixture demo) {
        WebClient web = demo.client();
        web.login(DemoFixture.USER, DemoFixture.PASSWORD);
        int mark = LogCapture.mark();

        HttpResponse<String> r =
                web.send("POST", path, "x".getBytes(StandardCharsets.UTF_8), "Content-Type", "multipart/form-data");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("form").doesNotContain("Exception").doesNotContain("at org.");
        assertThat(LogCapture.errorsSince(mark)).isEmpty();
    }

    @Test
    void anonymousLogin_malformedMultipart_is400(DemoFixture demo) {
        HttpResponse<String> r = demo.client()
                .send(
                        "POST",
                        "/admin/login/",
                        "x".getBytes(StandardCharsets.UTF_8),
                        "Content-Type",
                        "multipart/form-data; boundary=zz");

        assertThat(r.statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {";", ",", " ; , ;", ";version=1.0"})
    void apiGet_acceptWithoutAMediaType_isReadAsNoAccept(String accept, DemoFixture demo) {
        HttpResponse<String> r = demo.client().get("/api/musics/1/", "Authorization", AUTH, "Accept", accept);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("{\"id\":1,");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/musics/99999/",
                "/images/99999/",
                "/media/uploads/00000000-0000-0000-0000-000000000000.png",
                "/nothing/"
            })
    void head_whereGetIs404_is404(String path, DemoFixture demo) {
        WebClient web = demo.client();

        HttpResponse<String> get = web.get(path, "Authorization", AUTH);
        HttpResponse<String> head = web.send("HEAD", path, "Authorization", AUTH);

        assertThat(get.statusCode()).isEqualTo(404);
        assertThat(head.statusCode()).isEqualTo(404);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void head_ofAMusic_isItsGetWithoutTheBody(DemoFixture demo) {
        HttpResponse<String> r = demo.client().send("HEAD", "/api/musics/1/", "Authorization", AUTH);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(r.body()).isEmpty();
    }

    @Test
    void wrongMethod_onTheApiList_is405WithAllow(DemoFixture demo) {
        HttpResponse<String> r = demo.client().send("PUT", "/api/musics/", new byte[0], "Authorization", AUTH);

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD, POST, OPTIONS");
        assertThat(r.body())
                .isEqualTo("{\"detail\":\"PUT is not allowed on /api/musics/; use GET, HEAD, POST or OPTIONS.\"}");
    }

    @Test
    void wrongMethod_onAPage_is405PageWithAllow(DemoFixture demo) {
        HttpResponse<String> r = demo.client().send("DELETE", "/images/", new byte[0]);

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(r.body()).contains("<link rel=\"stylesheet\"").contains("DELETE is not allowed on /images/");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/api/musics/|GET, HEAD, POST, OPTIONS", "/api/musics/7/|GET, HEAD, PUT, PATCH, DELETE, OPTIONS"
            })
    void options_onAnApiRoute_is204WithAllow(String pathAndAllow, DemoFixture demo) {
        String[] parts = pathAndAllow.split("\\|");

        HttpResponse<String> r = demo.client().send("OPTIONS", parts[0], "Authorization", AUTH);

        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().firstValue("Allow")).hasValue(parts[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/musics/%00/", "/api/musics/..;/", "/images/%00/", "/api/%c0%af/"})
    void rejectedByTheServer_underTheApiOrUnparsable_isJsonWithTheSecurityHeaders(String target, DemoFixture demo) {
        RawHttp.Reply r = RawHttp.get(demo.server().port(), target, "HTTP/1.1");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.body()).startsWith("{\"detail\":\"");
        assertSecurityHeaders(r);
    }

    @Test
    void rejectedByTheServer_onAPage_isTheSiteErrorPage(DemoFixture demo) {
        RawHttp.Reply r = RawHttp.get(demo.server().port(), "/images/..;/", "HTTP/1.1");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).matches("text/html; ?charset=utf-8");
        assertThat(r.body())
                .contains("<link rel=\"stylesheet\" href=\"/static/style.css\">")
                .contains("400");
        assertSecurityHeaders(r);
    }

    @Test
    void headerTooLarge_is431WithTheSecurityHeaders(DemoFixture demo) {
        RawHttp.Reply r = RawHttp.get(demo.server().port(), "/api/musics/", "HTTP/1.1", "X-Big: " + "a".repeat(20_000));

        assertThat(r.status()).isEqualTo(431);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertSecurityHeaders(r);
    }

    @Test
    void unknownHttpVersion_isRefusedWithTheSecurityHeaders(DemoFixture demo) {
        RawHttp.Reply r = RawHttp.get(demo.server().port(), "/images/", "HTTP/7.0");

        assertThat(r.status()).isBetween(400, 505);
        assertThat(r.body()).doesNotContain("HTTP ERROR").doesNotContain("Powered by Jetty");
        assertSecurityHeaders(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/nothing.css", "/admin/", "/api/nothing/", "/images/"})
    void refusedEarly_withABodyNobodyReads_stillGetsItsAnswerEveryTime(String path, DemoFixture demo) {
        WebClient web = demo.client();
        byte[] body = "x".repeat(400_000).getBytes(StandardCharsets.UTF_8);

        for (int i = 0; i < 30; i++) {
            HttpResponse<String> r;
            try {
                r = web.send("POST", path, body, "Content-Type", "text/plain");
            } catch (RuntimeException e) {
                throw new AssertionError("request " + i + " to " + path + " got no answer", e);
            }

            assertThat(r.statusCode()).isBetween(400, 499);
        }
    }

    @Test
    void pages_carryAContentSecurityPolicyAndACharset(DemoFixture demo) {
        HttpResponse<String> r = demo.client().get("/images/");

        assertThat(r.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        v -> assertThat(v).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).matches("text/html; ?charset=utf-8"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/login/", "/admin/", "/admin/musics/"})
    void adminPages_areNeverStored(String path, DemoFixture demo) {
        WebClient web = demo.client();
        web.login(DemoFixture.USER, DemoFixture.PASSWORD);

        HttpResponse<String> r = web.get(path);

        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    private static void assertSecurityHeaders(RawHttp.Reply r) {
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'");
    }
}
