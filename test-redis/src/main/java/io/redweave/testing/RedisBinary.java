package io.redweave.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import redis.embedded.core.ExecutableProvider;

/**
 * A {@code redis-server} executable the harness can start: the one on the PATH when there is one,
 * else the binary bundled in the {@code embedded-redis} jar (Redis 6.2 on Linux and macOS), which
 * is extracted once per JVM into a temporary directory.
 *
 * @param path the executable
 * @param origin where it came from, for {@link RedisServer#describe()}
 * @param version the version it reports, e.g. {@code 7.0.15}
 */
record RedisBinary(Path path, String origin, String version) {

    private static final Pattern VERSION = Pattern.compile("v=(\\S+)");
    private static RedisBinary located;

    /** The binary every locally started server uses: PATH first, else the embedded jar. */
    static synchronized RedisBinary locate() {
        if (located == null) {
            Path onPath = findOnPath("redis-server");
            located = onPath != null ? describe(onPath, "the PATH") : embedded();
        }
        return located;
    }

    /** The binary from the embedded-redis jar, even where the PATH has one. */
    static synchronized RedisBinary embedded() {
        Path dir = ScratchDirs.create("redweave-redis-bin-");
        RedisServers.deleteAtExit(dir);
        try {
            File file = ExecutableProvider.newJarResourceProvider(dir.toFile()).get();
            return describe(file.toPath(), "the embedded-redis jar");
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    String.format(
                            "no redis-server on the PATH and the embedded-redis jar has none for %s/%s: %s",
                            System.getProperty("os.name"), System.getProperty("os.arch"), e),
                    e);
        }
    }

    private static Path findOnPath(String name) {
        String pathVariable = System.getenv("PATH");
        if (pathVariable == null) {
            return null;
        }
        for (String dir : pathVariable.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static RedisBinary describe(Path path, String origin) {
        try {
            Process process = new ProcessBuilder(path.toString(), "--version")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Matcher matcher = VERSION.matcher(output);
            return new RedisBinary(path, origin, matcher.find() ? matcher.group(1) : "of unknown version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + path + " --version", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + path + " for its version", e);
        }
    }

    @Override
    public String toString() {
        return String.format("redis-server %s from %s (%s)", version, origin, path);
    }
}
