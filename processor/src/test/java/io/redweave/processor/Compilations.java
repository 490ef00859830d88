package io.redweave.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources with the processor. */
final class Compilations {

    /** The sample application in {@code src/test/resources/sample}: every annotation, all valid. */
    static final List<String> SAMPLE = List.of(
            "sample/gallery/GalleryService.java",
            "sample/gallery/Picture.java",
            "sample/music/Music.java",
            "sample/music/MusicService.java");

    private Compilations() {}

    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new RedweaveProcessor()).compile(sources);
    }

    static Compilation compileWithReportDir(Path reportDir, List<JavaFileObject> sources) {
        return javac().withProcessors(new RedweaveProcessor())
                .withOptions("-A" + RedweaveProcessor.REPORT_DIR_OPTION + "=" + reportDir)
                .compile(sources);
    }

    static List<JavaFileObject> sample() {
        return SAMPLE.stream().map(JavaFileObjects::forResource).toList();
    }

    /**
     * A source file {@code shop/<simpleName>.java} in package {@code shop}, importing every Redweave
     * annotation and {@code java.util}. The body starts on line 6.
     */
    static JavaFileObject source(String simpleName, String body) {
        return JavaFileObjects.forSourceString(
                "shop." + simpleName,
                "package shop;\n\nimport io.redweave.annotations.*;\nimport java.util.*;\n\n" + body);
    }

    /** The JSON report a compilation wrote to its class output. */
    static String jsonReport(Compilation compilation) {
        JavaFileObject file = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/redweave/cache-keys.json")
                .orElseThrow(() -> new AssertionError("no cache-keys.json was written"));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
