package io.redweave;

import io.redweave.testing.RedisServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code redis-cli} against a test server, so results can be compared with what a user sees there. */
final class RedisCli {

    private RedisCli() {}

    /** The raw output lines of one command ({@code --no-raw} off: one value per line). */
    static List<String> run(RedisServer redis, String... command) {
        return run(redis.uri(), redis.isCluster(), command);
    }

    /** The same, against one node of a cluster given by its URI, without following redirects. */
    static List<String> runOnNode(String nodeUri, String... command) {
        return run(nodeUri, false, command);
    }

    private static List<String> run(String uri, boolean cluster, String... command) {
        List<String> args = new ArrayList<>(List.of("redis-cli", "-u", uri));
        if (cluster) {
            args.add("-c");
        }
        args.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("redis-cli " + String.join(" ", command) + " failed: " + out);
            }
            return out.lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException("redis-cli is not on the PATH: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
