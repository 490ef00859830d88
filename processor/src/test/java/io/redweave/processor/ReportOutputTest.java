package io.redweave.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.redweave.processor.Compilations.compile;
import static io.redweave.processor.Compilations.compileWithReportDir;
import static io.redweave.processor.Compilations.jsonReport;
import static io.redweave.processor.Compilations.sample;
import static io.redweave.processor.Compilations.source;
import static io.redweave.processor.JsonFields.find;
import static io.redweave.processor.JsonFields.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import io.redweave.annotations.Cached;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the reports go, that they are stable, and when they are not written. */
class ReportOutputTest {

    @Test
    void reports_twoBuilds_byteIdentical(@TempDir Path first, @TempDir Path second) throws Exception {
        List<JavaFileObject> reversed = new ArrayList<>(sample());
        java.util.Collections.reverse(reversed);

        Compilation one = compileWithReportDir(first, sample());
        Compilation two = compileWithReportDir(second, reversed);

        assertThat(jsonReport(two)).isEqualTo(jsonReport(one));
        for (String name : List.of("cache-keys.md", "cache-keys.html")) {
            assertThat(Files.readAllBytes(second.resolve(name))).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    /** As a Maven build with the processor in annotationProcessorPaths: found through its service file. */
    @Test
    void reports_processorOnProcessorPath_discoveredAndWrittenBesideClassOutput(@TempDir Path project)
            throws Exception {
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        File annotations = codeSource(Cached.class);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
            files.setLocation(StandardLocation.CLASS_PATH, List.of(annotations));
            files.setLocation(
                    StandardLocation.ANNOTATION_PROCESSOR_PATH,
                    List.of(codeSource(RedweaveProcessor.class), annotations));
            boolean compiled = compiler.getTask(
                            null, files, diagnostics, List.of(), null, files.getJavaFileObjectsFromFiles(sampleFiles()))
                    .call();

            assertThat(compiled).isTrue();
        }

        assertThat(diagnostics.getDiagnostics()).isEmpty();
        assertThat(classes.resolve("META-INF/redweave/cache-keys.json"))
                .content()
                .contains("\"name\": \"musics\"");
        assertThat(classes.resolve("META-INF/redweave/annotated-classes"))
                .content()
                .contains("sample.music.MusicService\n")
                .doesNotContain("sample.music.Music\n");
        assertThat(project.resolve("target/redweave/cache-keys.md")).content().contains("### musics");
        assertThat(project.resolve("target/redweave/cache-keys.html")).content().contains("<h3>musics</h3>");
    }

    @Test
    void reports_compilationWithErrors_notWritten(@TempDir Path dir) {
        JavaFileObject src = source(
                "Catalog",
                """
                public class Catalog {
                    @Cached(name = "products", ttl = "5x")
                    public String product(long id) { return ""; }
                }
                """);

        Compilation compilation = compileWithReportDir(dir, List.of(src));

        assertThat(compilation).failed();
        assertThat(dir.resolve("cache-keys.md")).doesNotExist();
        assertThat(dir.resolve("cache-keys.html")).doesNotExist();
    }

    @Test
    void report_warnings_listedUnderTheirCache(@TempDir Path dir) throws Exception {
        JavaFileObject src = source(
                "Catalog",
                """
                public class Catalog {
                    @Cached(name = "countries", key = "all", ttl = "forever")
                    public List<String> countries() { return List.of(); }
                }
                """);

        Compilation compilation = compileWithReportDir(dir, List.of(src));

        JsonNode countries = find(parse(jsonReport(compilation)).path("caches"), "name", "countries");
        assertThat(countries.path("warnings")).hasSize(1);
        assertThat(countries.path("warnings").get(0).asText()).contains("entries stay stale forever");
        assertThat(Files.readString(dir.resolve("cache-keys.md")))
                .contains("#### Warnings\n\n- @Cached ttl \"forever\" on Catalog.countries(): no @CacheEvict");
    }

    @Test
    void report_cacheOnlyWrittenHere_valueTypeIsTheWritersReturnType(@TempDir Path dir) {
        JavaFileObject src = source(
                "Admin",
                """
                public class Admin {
                    @CachePut(name = "countries", key = "{code}")
                    public String rename(String code, String name) { return name; }
                }
                """);

        JsonNode caches =
                parse(jsonReport(compileWithReportDir(dir, List.of(src)))).path("caches");

        assertThat(find(caches, "name", "countries").path("valueType").asText()).isEqualTo("java.lang.String");
    }

    @Test
    void report_suppressedReader_markedSoStartUpChecksStaySilentToo(@TempDir Path dir) {
        JavaFileObject src = source(
                "Catalog",
                """
                public class Catalog {
                    @SuppressWarnings("redweave")
                    @Cached(name = "countries", key = "all", ttl = "forever")
                    public List<String> countries() { return List.of(); }

                    @Cached(name = "regions", key = "all", ttl = "forever")
                    public List<String> regions() { return List.of(); }
                }
                """);

        JsonNode caches =
                parse(jsonReport(compileWithReportDir(dir, List.of(src)))).path("caches");

        assertThat(find(caches, "name", "countries")
                        .path("reads")
                        .get(0)
                        .path("suppressed")
                        .asBoolean())
                .isTrue();
        assertThat(find(caches, "name", "regions")
                        .path("reads")
                        .get(0)
                        .path("suppressed")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void report_methodsGeneratedInALaterRound_included() {
        JavaFileObject src = source(
                "Catalog",
                """
                public class Catalog {
                    @Cached(name = "products", key = "{id}")
                    public String product(long id) { return ""; }
                }
                """);
        GeneratingProcessor generator = new GeneratingProcessor(
                "shop.GeneratedCatalog",
                """
                package shop;

                public class GeneratedCatalog {
                    @io.redweave.annotations.CacheEvict(name = "products", key = "{id}")
                    public void save(long id) {}
                }
                """);

        Compilation compilation =
                javac().withProcessors(generator, new RedweaveProcessor()).compile(src);

        assertThat(compilation).succeededWithoutWarnings();
        JsonNode products = find(parse(jsonReport(compilation)).path("caches"), "name", "products");
        JsonNode eviction = products.path("evictions").get(0);
        assertThat(eviction.path("method").asText()).isEqualTo("shop.GeneratedCatalog.save(long)");
        assertThat(eviction.path("file").asText()).isEqualTo("shop/GeneratedCatalog.java");
        assertThat(eviction.path("line").asInt()).isEqualTo(5);
    }

    @Test
    void crossMethodError_methodsFromTwoRounds_landsOnTheSourceLine() {
        JavaFileObject src = source(
                "Catalog",
                """
                public class Catalog {
                    @CachePut(name = "products", key = "{id}")
                    public Integer save(long id) { return 0; }
                }
                """);
        GeneratingProcessor generator = new GeneratingProcessor(
                "shop.GeneratedCatalog",
                """
                package shop;

                public class GeneratedCatalog {
                    @io.redweave.annotations.Cached(name = "products", key = "{id}")
                    public String product(long id) { return ""; }
                }
                """);

        Compilation compilation =
                javac().withProcessors(generator, new RedweaveProcessor()).compile(src);

        assertThat(compilation)
                .hadErrorContaining("@CachePut on Catalog.save(long) stores Integer in cache \"products\", but"
                        + " GeneratedCatalog.product(long) stores String there")
                .inFile(src)
                .onLineContaining("@CachePut");
    }

    @Test
    void report_noRedweaveAnnotation_notWritten() {
        Compilation compilation = compile(source("Plain", "public class Plain {}\n"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedFiles()).noneMatch(f -> f.getName().endsWith("cache-keys.json"));
    }

    private static File codeSource(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<File> sampleFiles() throws URISyntaxException {
        List<File> files = new ArrayList<>();
        for (String resource : Compilations.SAMPLE) {
            files.add(new File(Objects.requireNonNull(
                            ReportOutputTest.class.getClassLoader().getResource(resource))
                    .toURI()));
        }
        return files;
    }
}
