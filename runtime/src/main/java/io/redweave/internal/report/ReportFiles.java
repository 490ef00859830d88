package io.redweave.internal.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds the cache-key reports of every module: on a class path, where each jar and class output
 * directory carries its own {@code META-INF/redweave/cache-keys.json}, or in files named on a command
 * line. A report found twice (a class directory and the jar built from it) counts once.
 */
public final class ReportFiles {

    /** Where the processor writes the report, in every jar and class output directory. */
    public static final String RESOURCE = "META-INF/redweave/cache-keys.json";

    private final Set<String> seen = new LinkedHashSet<>();
    private final List<ReportText> texts = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private ReportFiles() {}

    /** The reports {@code loader} sees, one per jar or directory on its class path. */
    public static ReportFiles onClassPath(ClassLoader loader) {
        ReportFiles found = new ReportFiles();
        try {
            Enumeration<URL> urls = loader.getResources(RESOURCE);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                try (InputStream in = url.openStream()) {
                    found.add(originOf(url.toString()), in);
                } catch (IOException e) {
                    found.problems.add(String.format("cannot read the cache-key report %s: %s", url, e.getMessage()));
                }
            }
        } catch (IOException e) {
            found.problems.add(
                    String.format("cannot list the cache-key reports on the class path: %s", e.getMessage()));
        }
        return found;
    }

    /**
     * The reports in {@code paths}: each a {@code cache-keys.json} file, a jar or war (its own report
     * and those of the jars nested under {@code BOOT-INF/lib} or {@code WEB-INF/lib}), or a directory,
     * searched for both.
     */
    public static ReportFiles inPaths(List<Path> paths) {
        ReportFiles found = new ReportFiles();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                found.problems.add(String.format(
                        "%s does not exist; give a cache-keys.json, a jar or a directory that holds them", path));
            } else if (Files.isDirectory(path)) {
                found.walk(path);
            } else {
                found.file(path);
            }
        }
        return found;
    }

    /** The reports found, in the order found. */
    public List<ReportText> texts() {
        return List.copyOf(texts);
    }

    /** What could not be read, as messages. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> p.endsWith(Path.of(RESOURCE)) || isArchive(p))
                    .sorted()
                    .forEach(this::file);
        } catch (IOException | UncheckedIOException e) {
            problems.add(String.format("cannot search %s for cache-key reports: %s", dir, e.getMessage()));
        }
    }

    private void file(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            if (isArchive(file)) {
                archive(file.getFileName().toString(), in);
            } else {
                add(file.endsWith(Path.of(RESOURCE)) ? classOutputOf(file) : file.toString(), in);
            }
        } catch (IOException e) {
            problems.add(String.format("cannot read %s: %s", file, e.getMessage()));
        }
    }

    /** Reads an archive as a stream, so a jar nested in a Spring Boot or web archive is read the same way. */
    private void archive(String name, InputStream in) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String entryName = entry.getName();
            if (entryName.equals(RESOURCE) || entryName.endsWith("/" + RESOURCE)) {
                add(name, zip);
            } else if (isArchive(Path.of(entryName).getFileName())) {
                archive(Path.of(entryName).getFileName() + " (in " + name + ")", zip);
            }
        }
    }

    private void add(String origin, InputStream in) throws IOException {
        String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (seen.add(json)) {
            texts.add(new ReportText(origin, json));
        }
    }

    /** {@code target/classes} for {@code target/classes/META-INF/redweave/cache-keys.json}. */
    private static String classOutputOf(Path report) {
        Path dir = report.toAbsolutePath();
        for (int i = 0; i < Path.of(RESOURCE).getNameCount(); i++) {
            dir = dir.getParent();
        }
        return dir.toString();
    }

    private static boolean isArchive(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".jar") || name.endsWith(".war");
    }

    /** {@code jar:file:/app/lib/catalog.jar!/META-INF/...} gives {@code catalog.jar}; a directory, its path. */
    static String originOf(String url) {
        String head = url.endsWith(RESOURCE) ? url.substring(0, url.length() - RESOURCE.length()) : url;
        if (head.endsWith("!/")) {
            head = head.substring(0, head.length() - 2);
            return head.substring(head.lastIndexOf('/') + 1);
        }
        if (head.startsWith("file:")) {
            head = head.substring("file:".length());
        }
        return head.endsWith("/") && head.length() > 1 ? head.substring(0, head.length() - 1) : head;
    }
}
