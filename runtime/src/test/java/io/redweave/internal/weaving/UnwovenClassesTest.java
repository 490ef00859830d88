package io.redweave.internal.weaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import io.redweave.fixtures.MusicService;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An annotated class that was compiled without the weaver is reported at start-up. */
class UnwovenClassesTest {

    @TempDir
    Path dir;

    @Test
    void isWoven_classWovenAtBuild_isTrue() {
        assertThat(UnwovenClasses.isWoven(MusicService.class)).isTrue();
        assertThat(UnwovenClasses.isWoven(String.class)).isFalse();
    }

    @Test
    void unwovenListed_plainJavacClass_isReportedAndWovenOnesAreNot() throws Exception {
        try (URLClassLoader loader = compileUnwovenService()) {
            assertThat(UnwovenClasses.unwovenListed(loader)).containsExactly("shop.PlainService");
        }
    }

    @Test
    void start_failPolicyAndUnwovenClass_failsNamingTheClassAndTheFix() throws Exception {
        try (URLClassLoader loader = compileUnwovenService()) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                assertThatThrownBy(() -> Redweave.start(RedweaveConfig.builder()
                                .weavingCheck(RedweaveConfig.WeavingCheck.FAIL)
                                .build()))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("shop.PlainService")
                        .hasMessageContaining("aspectj-maven-plugin");
            } finally {
                thread.setContextClassLoader(previous);
            }
            assertThat(Redweave.current()).isEmpty();
        }
    }

    private URLClassLoader compileUnwovenService() throws IOException {
        Path src = dir.resolve("src/shop/PlainService.java");
        Files.createDirectories(src.getParent());
        Files.writeString(
                src,
                """
                package shop;
                public class PlainService {
                    @io.redweave.annotations.Cached(name = "plain")
                    public String find(long id) { return "x"; }
                }
                """);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("META-INF/redweave"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                src.toString());
        assertThat(rc).isZero();
        Files.write(
                classes.resolve(UnwovenClasses.INDEX),
                List.of("shop.PlainService", MusicService.class.getName(), "shop.Gone"));
        return new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    }
}
