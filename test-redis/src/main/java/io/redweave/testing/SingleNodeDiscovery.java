package io.redweave.testing;

import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Finds the shared single node, in the order the design fixes:
 *
 * <ol>
 *   <li>{@code REDWEAVE_TEST_REDIS_URL}, when set: a Redis the harness does not own;
 *   <li>Testcontainers {@code redis:7}, when Testcontainers is on the class path and a Docker
 *       engine answers;
 *   <li>{@code redis-server} on the PATH, started on a free port;
 *   <li>the binary inside the embedded-redis jar.
 * </ol>
 *
 * The last two are one step here: {@link RedisBinary#locate()} prefers the PATH.
 */
final class SingleNodeDiscovery {

    private static final System.Logger LOG = System.getLogger(SingleNodeDiscovery.class.getName());
    private static final String DOCKER_PROBE_CLASS = "org.testcontainers.DockerClientFactory";

    private SingleNodeDiscovery() {}

    static RedisServer discover() {
        String url = System.getenv(ExternalRedis.ENV);
        RedisServer server;
        if (url != null && !url.isBlank()) {
            server = new ExternalRedis(url).verifyAnswers();
        } else if (testcontainersPresent() && DockerProbe.dockerAnswers()) {
            server = ContainerRedis.launch();
        } else {
            server = LocalSingleNode.launch(RedisBinary.locate(), List.of());
        }
        LOG.log(Level.INFO, "Redis for tests: {0}", server.describe());
        return server;
    }

    private static boolean testcontainersPresent() {
        try {
            Class.forName(DOCKER_PROBE_CLASS, false, SingleNodeDiscovery.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
