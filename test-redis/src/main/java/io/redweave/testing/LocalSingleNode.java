package io.redweave.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** A single node run from a local {@link RedisBinary} in its own temporary directory. */
final class LocalSingleNode implements OwnedServer {

    private final RedisProcess node;

    private LocalSingleNode(RedisProcess node) {
        this.node = node;
    }

    static LocalSingleNode launch(RedisBinary binary, List<String> extraArgs) {
        Path dir = ScratchDirs.create("redweave-redis-");
        RedisServers.deleteAtExit(dir);
        return new LocalSingleNode(RedisProcess.startFresh(binary, dir, extraArgs, false));
    }

    @Override
    public String uri() {
        return node.uri();
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
    public void stop() {
        node.stop();
    }

    @Override
    public void start() {
        node.start();
    }

    @Override
    public boolean isRunning() {
        return node.isRunning();
    }

    @Override
    public void flushAll() {
        try (RespConnection connection = node.connect()) {
            connection.call("FLUSHALL");
        } catch (IOException e) {
            throw new UncheckedIOException("FLUSHALL failed on " + describe(), e);
        }
    }

    @Override
    public void dispose() {
        node.stop();
    }

    @Override
    public String describe() {
        return String.format("%s on %s, data in %s", node.binary(), uri(), node.dir());
    }

    @Override
    public String toString() {
        return "single node " + uri();
    }
}
