package io.redweave.internal.processor.report;

import io.redweave.internal.processor.check.Finding;
import io.redweave.internal.processor.model.AnnotatedMethod;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the three reports. The JSON goes to the class output through the Filer, so it ships in the
 * jar and build tools track it. The Markdown and HTML are documentation, not classes or sources: they
 * go to the {@code redweave.report.dir} option's directory, by default {@code redweave} beside the
 * class output directory ({@code target/classes} gives {@code target/redweave}). When the class
 * output is not a directory (an in-memory compilation) and no option is given, they are skipped.
 */
public final class ReportOutput {

    /** Where the JSON report lives in the class output, and so in the jar. */
    public static final String JSON_PATH = "META-INF/redweave/cache-keys.json";

    /**
     * Where the annotated classes are listed, one binary name per line, so that the runtime can check
     * at start-up that each one was woven.
     */
    public static final String INDEX_PATH = "META-INF/redweave/annotated-classes";

    /** The option naming the directory of the Markdown and HTML reports. */
    public static final String REPORT_DIR_OPTION = "redweave.report.dir";

    private final ProcessingEnvironment env;

    public ReportOutput(ProcessingEnvironment env) {
        this.env = env;
    }

    public void write(List<AnnotatedMethod> methods, List<Finding> warnings) {
        CacheKeyReport report = new ReportBuilder().build(methods, warnings);
        Element[] originating = methods.stream().map(AnnotatedMethod::element).toArray(Element[]::new);
        try {
            FileObject json = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", JSON_PATH, originating);
            try (OutputStream out = json.openOutputStream()) {
                out.write(JsonReport.render(report).getBytes(StandardCharsets.UTF_8));
            }
            FileObject index =
                    env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", INDEX_PATH, originating);
            try (OutputStream out = index.openOutputStream()) {
                out.write(annotatedClasses(methods).getBytes(StandardCharsets.UTF_8));
            }
            Optional<Path> dir = reportDirectory(json.toUri());
            if (dir.isPresent()) {
                ReportDocument document = ReportLayout.layout(report);
                Files.createDirectories(dir.get());
                writeFile(dir.get().resolve("cache-keys.md"), MarkdownRenderer.render(document));
                writeFile(dir.get().resolve("cache-keys.html"), HtmlRenderer.render(document));
            }
        } catch (IOException | RuntimeException e) {
            env.getMessager()
                    .printMessage(Kind.WARNING, String.format("Redweave could not write the cache-key report: %s", e));
        }
    }

    private String annotatedClasses(List<AnnotatedMethod> methods) {
        TreeSet<String> names = new TreeSet<>();
        for (AnnotatedMethod m : methods) {
            if (m.element().getEnclosingElement() instanceof TypeElement type) {
                names.add(env.getElementUtils().getBinaryName(type).toString());
            }
        }
        StringBuilder out = new StringBuilder();
        names.forEach(n -> out.append(n).append('\n'));
        return out.toString();
    }

    private Optional<Path> reportDirectory(URI json) {
        String option = env.getOptions().get(REPORT_DIR_OPTION);
        if (option != null && !option.isBlank()) {
            return Optional.of(Path.of(option));
        }
        if (!"file".equals(json.getScheme())) {
            return Optional.empty();
        }
        Path classes = Path.of(json).getParent().getParent().getParent();
        return Optional.ofNullable(classes.getParent()).map(buildDir -> buildDir.resolve("redweave"));
    }

    private static void writeFile(Path file, String content) throws IOException {
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }
}
