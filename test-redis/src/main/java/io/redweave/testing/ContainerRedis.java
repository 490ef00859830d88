package io.redweave.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A single node in a Testcontainers {@code redis:7} container. Loaded only once {@link
 * DockerProbe} has seen a Docker engine answer.
 *
 * <p>The host port is chosen up front and bound explicitly (not left to Docker) so that {@link
 * #stop()} and {@link #start()}, which stop and start the same container, keep the same address.
 */
final class ContainerRedis implements OwnedServer {

    private static final String IMAGE = "redis:7";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final GenericContainer<?> container;
    private final int hostPort;

    private ContainerRedis(GenericContainer<?> container, int hostPort) {
        this.container = container;
        this.hostPort = hostPort;
    }

    static ContainerRedis launch() {
        int hostPort = FreePorts.take(false);
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(IMAGE))
                .withExposedPorts(6379)
                .withCommand("redis-server", "--save", "", "--appendonly", "no");
        container.setPortBindings(List.of(hostPort + ":6379"));
        container.start();
        ContainerRedis redis = new ContainerRedis(container, hostPort);
        try {
            redis.awaitPing();
            return redis;
        } catch (RuntimeException e) {
            container.stop();
            throw e;
        }
    }

    private void awaitPing() {
        if (!Polling.within(START_TIMEOUT, () -> RespConnection.answersPing(container.getHost(), hostPort))) {
            throw new IllegalStateException(String.format(
                    "%s did not answer PING within %d s; container log tail:%n%s",
                    describe(), START_TIMEOUT.toSeconds(), logTail()));
        }
    }

    private String logTail() {
        String[] lines = container.getLogs().split("\\R");
        return String.join(
                System.lineSeparator(), List.of(lines).subList(Math.max(0, lines.length - 20), lines.length));
    }

    @Override
    public String uri() {
        return "redis://" + container.getHost() + ":" + hostPort;
    }

    @Override
    public List<String> nodeUris() {
        return List.of(uri());
    }

    @Override
    public boolean isCluster() {
        return false;
    }

    @Override
    public synchronized void stop() {
        if (isRunning()) {
            container
                    .getDockerClient()
                    .stopContainerCmd(container.getContainerId())
                    .exec();
        }
    }

    @Override
    public synchronized void start() {
        if (!isRunning()) {
            container
                    .getDockerClient()
                    .startContainerCmd(container.getContainerId())
                    .exec();
            awaitPing();
        }
    }

    @Override
    public boolean isRunning() {
        return Boolean.TRUE.equals(container
                .getDockerClient()
                .inspectContainerCmd(container.getContainerId())
                .exec()
                .getState()
                .getRunning());
    }

    @Override
    public void flushAll() {
        try (RespConnection connection = RespConnection.open(container.getHost(), hostPort, Duration.ofSeconds(5))) {
            connection.call("FLUSHALL");
        } catch (IOException e) {
            throw new UncheckedIOException("FLUSHALL failed on " + describe(), e);
        }
    }

    @Override
    public void dispose() {
        container.stop();
    }

    @Override
    public String describe() {
        return String.format("Testcontainers %s, container %s, on %s", IMAGE, container.getContainerId(), uri());
    }

    @Override
    public String toString() {
        return "container " + uri();
    }
}
