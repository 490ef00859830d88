package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class compiled by plain javac, never woven at build time, is advised when its JVM runs with the
 * AspectJ agent and the aop.xml that docs/getting-started.md shows.
 */
class LoadTimeWeavingTest {

    @TempDir
    Path dir;

    @Test
    void cached_plainClassUnderTheWeavingAgent_isAdvised() throws Exception {
        RedisServer redis = RedisServers.single();
        Path classes = compile(
                """
                package shop;
                public class Main {
                    static int runs;
                    @io.redweave.annotations.Cached(name = "ltw", key = "{id}", ttl = "1m")
                    public String find(long id) { runs++; return "item " + id; }
                    public static void main(String[] args) {
                        try (io.redweave.Redweave r = io.redweave.Redweave.start(
                                io.redweave.RedweaveConfig.builder().redisUrl(args[0]).keyPrefix(args[1]).build())) {
                            Main m = new Main();
                            m.find(7);
                            m.find(7);
                            System.out.println("runs=" + runs + " stored=" + r.cache("ltw").contains("7"));
                        }
                    }
                }
                """);
        Files.createDirectories(classes.resolve("META-INF"));
        Files.writeString(
                classes.resolve("META-INF/aop.xml"),
                """
                <aspectj>
                  <aspects>
                    <aspect name="io.redweave.internal.aspect.CachingAspect"/>
                  </aspects>
                  <weaver options="-Xlint:ignore">
                    <include within="shop..*"/>
                  </weaver>
                </aspectj>
                """);
        String prefix = "ltw" + ProcessHandle.current().pid();
        Process child = new ProcessBuilder(
                        javaBinary(),
                        "-javaagent:" + weaverJar(),
                        "-cp",
                        classes + File.pathSeparator + System.getProperty("java.class.path"),
                        "shop.Main",
                        redis.uri(),
                        prefix)
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("runs=1 stored=true");
    }

    private Path compile(String source) throws Exception {
        Path src = dir.resolve("src/shop/Main.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int rc = ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        null,
                        null,
                        "-proc:none",
                        "-g",
                        "-d",
                        classes.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        src.toString());
        assertThat(rc).isZero();
        return classes;
    }

    private static String weaverJar() {
        List<String> entries =
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        return entries.stream()
                .filter(e -> e.contains("aspectjweaver"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("aspectjweaver is not on the test class path"));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
