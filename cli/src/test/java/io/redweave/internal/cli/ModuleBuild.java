package io.redweave.internal.cli;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles one module of a test application as its build would: javac with redweave-processor,
 * which writes the module's {@code META-INF/redweave/cache-keys.json} into its class output.
 */
final class ModuleBuild {

    private ModuleBuild() {}

    /**
     * Compiles {@code sources} (path under the source root to text) into {@code root/name/classes},
     * with {@code dependencies} (other modules' class directories) on the class path; returns that
     * directory.
     */
    static Path compile(Path root, String name, Map<String, String> sources, Path... dependencies) {
        try {
            Path src = root.resolve(name).resolve("src");
            Path classes = Files.createDirectories(root.resolve(name).resolve("classes"));
            List<String> args = new ArrayList<>(List.of(
                    "-d",
                    classes.toString(),
                    "-parameters",
                    "-processor",
                    "io.redweave.processor.RedweaveProcessor",
                    "-processorpath",
                    System.getProperty("java.class.path"),
                    "-classpath",
                    classPath(dependencies)));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            StringWriter output = new StringWriter();
            int status = javac.run(null, null, null, withOutput(args, output));
            if (status != 0) {
                throw new AssertionError("module " + name + " did not compile:\n" + output);
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] withOutput(List<String> args, StringWriter output) {
        args.add(0, "-Xlint:none");
        return args.toArray(new String[0]);
    }

    private static String classPath(Path... dependencies) {
        StringBuilder path = new StringBuilder(System.getProperty("java.class.path"));
        for (Path dependency : dependencies) {
            path.append(File.pathSeparator).append(dependency);
        }
        return path.toString();
    }
}
