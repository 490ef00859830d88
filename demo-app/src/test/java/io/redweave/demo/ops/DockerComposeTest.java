package io.redweave.demo.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** No Docker engine runs in CI, so the compose file and the Dockerfile are checked as text. */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..");
    private static JsonNode services;
    private static JsonNode compose;

    @BeforeAll
    static void parse() throws Exception {
        compose = new ObjectMapper(new YAMLFactory())
                .readTree(ROOT.resolve("docker-compose.yml").toFile());
        services = compose.get("services");
    }

    @Test
    void redis_isVersion7WithAppendOnlyAndAPasswordFromTheEnvironment() {
        JsonNode redis = services.get("redis");
        List<String> command = strings(redis.get("command"));

        assertThat(redis.get("image").asText()).startsWith("redis:7");
        assertThat(command).containsSequence("--appendonly", "yes");
        int pass = command.indexOf("--requirepass");
        assertThat(pass).isNotNegative();
        assertThat(command.get(pass + 1)).startsWith("${REDIS_PASSWORD");
        assertThat(redis.has("healthcheck")).isTrue();
        assertThat(strings(redis.get("volumes"))).anyMatch(v -> v.endsWith(":/data"));
    }

    @Test
    void postgres_hasItsPasswordFromTheEnvironmentAHealthCheckAndAVolume() {
        JsonNode db = services.get("db");

        assertThat(db.get("image").asText()).startsWith("postgres:");
        assertThat(db.get("environment").get("POSTGRES_PASSWORD").asText()).startsWith("${POSTGRES_PASSWORD");
        assertThat(db.get("healthcheck").get("test").toString()).contains("pg_isready");
        assertThat(strings(db.get("volumes"))).anyMatch(v -> v.endsWith(":/var/lib/postgresql/data"));
    }

    @Test
    void app_isBuiltByTheMultiStageDockerfileAndWaitsForHealthyNeighbours() throws Exception {
        JsonNode app = services.get("app");
        String dockerfile =
                Files.readString(ROOT.resolve(app.get("build").get("dockerfile").asText()));
        JsonNode env = app.get("environment");

        assertThat(dockerfile.lines().filter(l -> l.startsWith("FROM ")).count())
                .isGreaterThanOrEqualTo(2);
        assertThat(dockerfile).contains("COPY --from=build").contains("redweave-demo.jar");
        assertThat(env.get("REDWEAVE_REDIS_URL").asText()).contains("${REDIS_PASSWORD}@redis:6379");
        assertThat(env.get("DATABASE_URL").asText()).startsWith("jdbc:postgresql://db:5432/");
        // the demo listens on 127.0.0.1 unless told otherwise, which a published port cannot reach
        assertThat(env.get("HOST").asText()).isEqualTo("0.0.0.0");
        assertThat(dockerfile).contains("HOST=0.0.0.0");
        assertThat(app.get("depends_on").get("redis").get("condition").asText()).isEqualTo("service_healthy");
        assertThat(app.get("depends_on").get("db").get("condition").asText()).isEqualTo("service_healthy");
        assertThat(app.get("healthcheck").get("test").toString()).contains("/health");
        assertThat(strings(app.get("volumes"))).anyMatch(v -> v.endsWith(":/data"));
    }

    @Test
    void volumes_namedByTheServices_areDeclared() {
        List<String> declared = new ArrayList<>();
        compose.get("volumes").fieldNames().forEachRemaining(declared::add);

        services.forEach(
                s -> strings(s.get("volumes")).forEach(v -> assertThat(declared).contains(v.split(":")[0])));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
