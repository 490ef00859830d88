package io.redweave.testing;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testcontainers.DockerClientFactory;

/**
 * Asks Testcontainers whether a Docker engine answers. Testcontainers is an optional dependency:
 * this class is loaded only after {@link SingleNodeDiscovery} has seen it on the class path, and
 * {@link ContainerRedis} only after this class says yes.
 */
final class DockerProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private DockerProbe() {}

    /**
     * True when Docker answers within the timeout. The probe runs on a daemon thread so that an
     * engine that accepts the socket but never replies cannot hang the test run.
     */
    static boolean dockerAnswers() {
        CompletableFuture<Boolean> probe = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        probe.complete(DockerClientFactory.instance().isDockerAvailable());
                    } catch (Throwable e) {
                        probe.complete(false);
                    }
                },
                "redweave-docker-probe");
        thread.setDaemon(true);
        thread.start();
        try {
            return probe.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
