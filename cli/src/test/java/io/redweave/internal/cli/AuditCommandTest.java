package io.redweave.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import io.redweave.Ttl;
import io.redweave.testing.AllTopologies;
import io.redweave.testing.RedisServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;

/**
 * {@code redweave-cli audit} on the catalog module's processor-built report, over keys that
 * Redweave's own key builders wrote, on a single node and on a Cluster (found from one node's URL).
 */
@ParameterizedClass
@AllTopologies
class AuditCommandTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @TempDir
    static Path root;

    private static Path catalog;

    @Parameter
    RedisServer redis;

    @TempDir
    Path out;

    private Redweave redweave;
    private String prefix;

    @BeforeAll
    static void build() {
        catalog = ShopModules.catalog(root);
    }

    @BeforeEach
    void seed() {
        prefix = "cli" + ProcessHandle.current().pid() + "-" + RUN.incrementAndGet();
        RedweaveConfig.Builder config = RedweaveConfig.builder()
                .keyPrefix(prefix)
                .timeout(Duration.ofSeconds(2))
                .weavingCheck(RedweaveConfig.WeavingCheck.OFF);
        redweave = Redweave.start(
                (redis.isCluster() ? config.clusterNodes(redis.nodeUris()) : config.redisUrl(redis.uri())).build());
        for (int id = 1; id <= 40; id++) {
            redweave.cache("musics").set(Integer.toString(id), Map.of("id", id), Ttl.of(Duration.ofMinutes(10)));
        }
        redweave.cache("musics").set("41", Map.of("id", 41), Ttl.FOREVER);
        redweave.cache("countries").set("all", new String[] {"FR", "TW"}, Ttl.FOREVER);
        redweave.counter("views").incr("2025-01-31", 3);
        redweave.leaderboard("top").add("7", 2);
        redweave.cache("sessions").set("abc", "s", Ttl.of(Duration.ofMinutes(30)));
    }

    @AfterEach
    void cleanUp() {
        redweave.redisson().getKeys().deleteByPattern(prefix + ":*");
        redweave.close();
    }

    @Test
    void audit_catalogReport_tableJsonAndHtmlWithEachFigure() throws Exception {
        StringWriter stdout = new StringWriter();
        Path json = out.resolve("audit.json");
        Path html = out.resolve("audit.html");

        int code = cli(
                stdout,
                "audit",
                redis.uri(),
                "--report",
                catalog.toString(),
                "--prefix",
                prefix,
                "--json",
                json.toString(),
                "--html",
                html.toString(),
                "--rate",
                "0");

        assertThat(code).isZero();
        assertThat(stdout.toString())
                .startsWith("Complete: " + redis.uri() + ", " + (redis.isCluster() ? 3 : 1) + " node(s)")
                .containsPattern("cache +musics +41 ")
                .contains("cache musics: 1 key(s) without a TTL, e.g. " + prefix + ":1:musics:41")
                .contains(prefix + ":1:sessions:*");
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertThat(family(result, "cache", "musics").path("keys").asLong()).isEqualTo(41);
        assertThat(family(result, "cache", "musics")
                        .path("withoutTtl")
                        .path("count")
                        .asLong())
                .isEqualTo(1);
        assertThat(family(result, "cache", "countries").path("keys").asLong()).isEqualTo(1);
        assertThat(family(result, "cache", "countries")
                        .path("withoutTtl")
                        .path("count")
                        .asLong())
                .isZero();
        assertThat(family(result, "counter", "views").path("keys").asLong()).isEqualTo(1);
        assertThat(family(result, "board", "top").path("keys").asLong()).isEqualTo(1);
        assertThat(result.path("nodes")).hasSize(redis.isCluster() ? 3 : 1);
        assertThat(Files.readString(html)).contains("<svg id=\"chart-memory\"").contains(prefix + ":1:musics:{id}");
    }

    @Test
    void audit_jsonToStandardOutput_onlyTheJson() throws Exception {
        StringWriter stdout = new StringWriter();

        int code = cli(stdout, "audit", redis.uri(), "-r", catalog.toString(), "--prefix", prefix, "--json", "-");

        assertThat(code).isZero();
        JsonNode result = new ObjectMapper().readTree(stdout.toString());
        assertThat(family(result, "cache", "musics").path("keys").asLong()).isEqualTo(41);
    }

    private static JsonNode family(JsonNode result, String kind, String name) {
        for (JsonNode f : result.path("families")) {
            if (f.path("kind").asText().equals(kind) && f.path("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no " + kind + " " + name + " in " + result.path("families"));
    }

    static int cli(StringWriter stdout, String... args) {
        return Main.run(args, new PrintWriter(stdout, true), new PrintWriter(new StringWriter(), true), Map.of());
    }
}
