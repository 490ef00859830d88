package io.redweave.demo.music;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import io.redweave.demo.support.Metrics;
import io.redweave.demo.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DemoExtension.class)
class MusicApiTest {

    static final String AUTH = DemoFixture.AUTH;
    static final String V1 = "application/json;version=1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void list_noVersion_isTheTutorialsBareArrayFromTheDatabase(DemoFixture demo) throws Exception {
        HttpResponse<String> r = demo.client().get("/api/musics/", "Authorization", AUTH);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode list = JSON.readTree(r.body());
        assertThat(list.isArray()).isTrue();
        assertThat(list.size()).isGreaterThanOrEqualTo(9_990);
        JsonNode first = list.get(0);
        assertThat(first.properties())
                .extracting(java.util.Map.Entry::getKey)
                .containsExactly("id", "song", "singer", "created");
        assertThat(first.get("song").asText())
                .isEqualTo("song_" + first.get("id").asLong());
        assertThat(first.get("created").asText()).matches("\\d{4}/\\d{2}/\\d{2} (0\\d|1[0-2]):\\d{2}:\\d{2}");
    }

    @Test
    void list_version10_comesFromTheCacheAndEqualsTheDatabaseList(DemoFixture demo) {
        WebClient web = demo.client();
        web.get("/api/musics/", "Authorization", AUTH, "Accept", V1);
        long hitsBefore = Metrics.value(web, "redweave_cache_hits_total{cache=\"musics\"}");

        HttpResponse<String> cached = web.get("/api/musics/", "Authorization", AUTH, "Accept", V1);
        HttpResponse<String> uncached = web.get("/api/musics/", "Authorization", AUTH);

        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(Metrics.value(web, "redweave_cache_hits_total{cache=\"musics\"}"))
                .isEqualTo(hitsBefore + 1);
        assertThat(cached.body()).isEqualTo(uncached.body());
    }

    @Test
    void writes_throughTheApi_areVisibleToTheNextCachedRead(DemoFixture demo) throws Exception {
        WebClient web = demo.client();
        web.get("/api/musics/", "Authorization", AUTH, "Accept", V1);

        JsonNode created = JSON.readTree(post(web, "{\"song\": \"Fresh song\", \"singer\": \"Fresh singer\"}")
                .body());
        String path = "/api/musics/" + created.get("id").asLong() + "/";
        assertThat(cachedList(web)).contains("\"song\":\"Fresh song\"");

        send(web, "PATCH", path, "{\"singer\": \"Patched singer\"}");
        assertThat(cachedList(web)).contains("\"singer\":\"Patched singer\"");

        send(web, "PUT", path, "{\"song\": \"Put song\", \"singer\": \"Put singer\"}");
        assertThat(cachedList(web)).contains("\"song\":\"Put song\"").doesNotContain("Patched singer");

        assertThat(web.send("DELETE", path, new byte[0], "Authorization", AUTH).statusCode())
                .isEqualTo(204);
        assertThat(cachedList(web)).doesNotContain("Put song");
        assertThat(web.get(path, "Authorization", AUTH).statusCode()).isEqualTo(404);
    }

    @Test
    void create_validMusic_is201WithLocationAndTheTutorialsShape(DemoFixture demo) throws Exception {
        HttpResponse<String> r =
                post(demo.client(), "{\"song\": \"a\", \"singer\": \"b\", \"id\": 1, \"created\": \"x\"}");

        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("id").asLong()).isGreaterThan(10_000);
        assertThat(r.headers().firstValue("Location"))
                .hasValue("/api/musics/" + body.get("id").asLong() + "/");
        demo.client()
                .send("DELETE", "/api/musics/" + body.get("id").asLong() + "/", new byte[0], "Authorization", AUTH);
    }

    @Test
    void detail_existingMusic_isOneObject(DemoFixture demo) throws Exception {
        HttpResponse<String> r = demo.client().get("/api/musics/7/", "Authorization", AUTH);

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("id").asLong()).isEqualTo(7);
        assertThat(body.get("singer").asText()).isEqualTo("singer_7");
    }

    private static String cachedList(WebClient web) {
        HttpResponse<String> r = web.get("/api/musics/", "Authorization", AUTH, "Accept", V1);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    static HttpResponse<String> post(WebClient web, String json) {
        HttpResponse<String> r = web.send(
                "POST",
                "/api/musics/",
                json.getBytes(StandardCharsets.UTF_8),
                "Authorization",
                AUTH,
                "Content-Type",
                "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r;
    }

    private static void send(WebClient web, String method, String path, String json) {
        HttpResponse<String> r = web.send(
                method,
                path,
                json.getBytes(StandardCharsets.UTF_8),
                "Authorization",
                AUTH,
                "Content-Type",
                "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
}
