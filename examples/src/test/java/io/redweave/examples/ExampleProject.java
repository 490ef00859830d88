package io.redweave.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.maven.shared.invoker.DefaultInvocationRequest;
import org.apache.maven.shared.invoker.DefaultInvoker;
import org.apache.maven.shared.invoker.InvocationRequest;
import org.apache.maven.shared.invoker.MavenInvocationException;

/**
 * A copy of one project under {@code examples/}, built with Maven as a user builds it and run with
 * {@code java} as a user runs it.
 *
 * <p>The build reads {@code io.redweave} artifacts from a private local repository that holds only
 * what this build installed there, and every other artifact from this build's own local repository,
 * read-only ({@code maven.repo.local.tail}): an example never sees an {@code io.redweave} artifact an
 * earlier build left in {@code ~/.m2}, and nothing already downloaded is downloaded again.
 */
final class ExampleProject {

    private static final Path SOURCES = Path.of(property("examples.sources"));
    private static final Path WORK = Path.of(property("examples.work"));
    private static final long BUILD_TIMEOUT_SECONDS = 300;
    private static final long RUN_TIMEOUT_SECONDS = 60;

    private final Path dir;

    private ExampleProject(Path dir) {
        this.dir = dir;
    }

    /**
     * Copies {@code examples/<name>} to a fresh directory {@code target/it/<copy>}, with a {@code
     * .mvn} directory of its own so that Maven takes the copy, not this repository, as the project's
     * root.
     */
    static ExampleProject copy(String name, String copy) {
        Path from = SOURCES.resolve(name);
        Path to = WORK.resolve(copy);
        try {
            deleteTree(to);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path rel = from.relativize(file);
                    if (!rel.toString().isEmpty() && rel.getName(0).toString().equals("target")) {
                        continue;
                    }
                    Path target = to.resolve(rel.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            Files.createDirectories(to.resolve(".mvn"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
        return new ExampleProject(to);
    }

    Path dir() {
        return dir;
    }

    /** Replaces a file's text with {@code edit}'s result; the edit must change something. */
    void edit(String file, UnaryOperator<String> edit) {
        Path path = dir.resolve(file);
        try {
            String before = Files.readString(path);
            String after = edit.apply(before);
            assertThat(after).as("the edit of %s", file).isNotEqualTo(before);
            Files.writeString(path, after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code mvn -B <goals>} in the copy, then Maven's dependency plugin to write the runtime
     * class path to {@code target/classpath.txt}, and returns what Maven printed.
     */
    MavenOutput build(String... goals) {
        List<String> allGoals = new ArrayList<>(List.of(goals));
        allGoals.add(property("examples.dependencyPlugin") + ":build-classpath");
        Properties properties = new Properties();
        properties.setProperty("maven.repo.local.tail", property("examples.repositoryTail"));
        properties.setProperty("mdep.outputFile", "target/classpath.txt");
        properties.setProperty("mdep.includeScope", "runtime");
        List<String> lines = new ArrayList<>();
        InvocationRequest request = new DefaultInvocationRequest()
                .setBaseDirectory(dir.toFile())
                .setGoals(allGoals)
                .setBatchMode(true)
                .setProperties(properties)
                .setLocalRepositoryDirectory(new File(property("examples.repository")))
                .setJavaHome(new File(System.getProperty("java.home")))
                // replaces, not extends, the caller's MAVEN_OPTS, which may name another local repository
                .setMavenOpts("-XX:TieredStopAtLevel=1")
                .setOutputHandler(lines::add)
                .setErrorHandler(lines::add);
        request.setTimeoutInSeconds((int) BUILD_TIMEOUT_SECONDS);
        try {
            int exit = new DefaultInvoker()
                    .setMavenHome(new File(property("maven.home")))
                    .execute(request)
                    .getExitCode();
            return new MavenOutput(exit, lines);
        } catch (MavenInvocationException e) {
            throw new IllegalStateException("cannot run Maven in " + dir, e);
        }
    }

    /**
     * Runs {@code mainClass} with the compiled classes and the class path the build wrote, in a
     * fresh JVM whose environment holds no {@code REDWEAVE_*} variable but those in {@code env}.
     */
    AppRun run(String mainClass, List<String> jvmOptions, Map<String, String> env) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(dir.resolve("target/classes") + File.pathSeparator + read("target/classpath.txt"));
        command.add(mainClass);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("REDWEAVE_"));
        builder.environment().putAll(env);
        Path out = dir.resolve("target/run.out");
        Path err = dir.resolve("target/run.err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        try {
            Process process = builder.start();
            if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(String.format(
                        "%s did not end within %d s; it printed:%n%s%n%s",
                        mainClass, RUN_TIMEOUT_SECONDS, Files.readString(out), Files.readString(err)));
            }
            return new AppRun(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String read(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(String.format(
                    "system property %s is not set; run the examples through Maven: "
                            + "./mvnw -pl examples -am verify",
                    name));
        }
        return value;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** What a Maven build printed, and how it ended. */
    record MavenOutput(int exitCode, List<String> lines) {

        /** Every {@code [WARNING]} line. */
        List<String> warnings() {
            return lines.stream().filter(l -> l.startsWith("[WARNING]")).toList();
        }

        /** The whole output, for a failure message. */
        String text() {
            return String.join(System.lineSeparator(), lines);
        }
    }

    /** What a run of an example's main class printed, and how it ended. */
    record AppRun(int exitCode, String stdout, String stderr) {}
}
