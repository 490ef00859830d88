package io.redweave.demo.music;

import static io.redweave.demo.support.DemoFixture.AUTH;
import static io.redweave.demo.support.WebClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(DemoExtension.class)
class MusicApiBadInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/musics/", "/api/musics/1/"})
    void call_noCredentials_is401WithChallenge(String path, DemoFixture demo) {
        HttpResponse<String> r = demo.client().get(path);

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm="));
        assertThat(r.body()).contains("\"detail\":\"Authentication credentials were not provided.\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"twtrubiks:wrong", "nobody:password123", "", "no-colon"})
    void call_wrongCredentials_is401WithChallenge(String pair, DemoFixture demo) {
        String header = pair.contains(":") ? basic(pair.split(":")[0], pair.split(":")[1]) : "Basic " + pair;

        HttpResponse<String> r = demo.client().get("/api/musics/", "Authorization", header);

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(r.body()).contains("Invalid username or password.");
    }

    @Test
    void list_unknownVersion_is406NamingTheAcceptedOnes(DemoFixture demo) {
        HttpResponse<String> r =
                demo.client().get("/api/musics/", "Authorization", AUTH, "Accept", "application/json;version=2.0");

        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.body()).contains("\\\"2.0\\\" is not available").contains("accepted versions: 1.0");
    }

    @Test
    void list_acceptNotJson_is406(DemoFixture demo) {
        HttpResponse<String> r = demo.client().get("/api/musics/", "Authorization", AUTH, "Accept", "text/csv");

        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.body()).contains("Only application/json is served");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"song\": \"a\", |Malformed JSON at line 1",
                "[1, 2]|expected a JSON object",
                "not json|Malformed JSON at line 1",
                "{\"song\": \"a\"}|singer",
                "{\"song\": 5, \"singer\": \"b\"}|song",
                "{\"song\": \"  \", \"singer\": \"b\"}|song"
            })
    void create_badBody_is400NamingTheProblem(String body, String named, DemoFixture demo) {
        HttpResponse<String> r = post(demo, body, "application/json");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).contains(named).doesNotContain("Exception").doesNotContain("at com.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"song\":\"a\",\"singer\":\"b\"} trailing",
                "{\"song\":\"a\",\"singer\":\"b\"}{}",
                "{\"song\":\"a\",\"singer\":\"b\"} 1"
            })
    void create_textAfterTheObject_is400AndAddsNothing(String body, DemoFixture demo) {
        long before = count(demo);

        HttpResponse<String> r = post(demo, body, "application/json");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("after the JSON object");
        assertThat(count(demo)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "{\"song\":"})
    void create_nestedTooDeeply_is400WithoutTheParsersInternals(String opener, DemoFixture demo) {
        HttpResponse<String> r = post(demo, opener.repeat(2_000), "application/json");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains("nested too deeply")
                .doesNotContain("StreamReadConstraints")
                .doesNotContain("`");
    }

    @Test
    void create_tooLongField_is400SayingTheLimit(DemoFixture demo) {
        HttpResponse<String> r =
                post(demo, "{\"song\": \"" + "x".repeat(101) + "\", \"singer\": \"b\"}", "application/json");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("At most 100 characters");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "text/plain",
                "application/x-www-form-urlencoded",
                "application/jsonx",
                "application/json-patch+json",
                "application/json5;charset=utf-8"
            })
    void create_wrongContentType_is415(String type, DemoFixture demo) {
        HttpResponse<String> r = post(demo, "{\"song\": \"a\", \"singer\": \"b\"}", type);

        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.body()).contains("send the body as application/json");
    }

    @Test
    void create_oversizedBody_is413(DemoFixture demo) {
        String big = "{\"song\": \"" + "x".repeat(MusicApiController.MAX_BODY) + "\", \"singer\": \"b\"}";

        HttpResponse<String> r = post(demo, big, "application/json");

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("send at most");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/musics/99999999/", "/api/musics/abc/"})
    void detail_unknownOrMalformedId_is404Json(String path, DemoFixture demo) {
        HttpResponse<String> r = demo.client().get(path, "Authorization", AUTH);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).startsWith("{\"detail\":\"There is no music");
    }

    @Test
    void update_unknownId_is404(DemoFixture demo) {
        HttpResponse<String> r = demo.client()
                .send(
                        "PUT",
                        "/api/musics/99999999/",
                        "{\"song\":\"a\",\"singer\":\"b\"}".getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        "application/json");

        assertThat(r.statusCode()).isEqualTo(404);
    }

    @Test
    void unknownApiPath_is404Json(DemoFixture demo) {
        HttpResponse<String> r = demo.client().get("/api/nothing/", "Authorization", AUTH);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).startsWith("{\"detail\":");
    }

    @Test
    void create_jsonWithACharset_isAccepted(DemoFixture demo) {
        HttpResponse<String> r = post(demo, "{\"song\":\"a\",\"singer\":\"b\"}", "Application/JSON ; charset=UTF-8");

        assertThat(r.statusCode()).isEqualTo(201);
    }

    private static long count(DemoFixture demo) {
        String list = demo.client().get("/api/musics/", "Authorization", AUTH).body();
        return list.split("\\{\"id\":", -1).length - 1;
    }

    private static HttpResponse<String> post(DemoFixture demo, String body, String type) {
        return demo.client()
                .send(
                        "POST",
                        "/api/musics/",
                        body.getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        type);
    }
}
