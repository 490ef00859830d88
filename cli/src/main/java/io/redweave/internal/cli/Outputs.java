package io.redweave.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a document to a file, or to standard output for {@code -}. */
final class Outputs {

    private Outputs() {}

    static void write(String target, String text, PrintWriter out, String what) {
        if (target == null) {
            return;
        }
        if (target.equals("-")) {
            out.print(text);
            out.flush();
            return;
        }
        Path file = Path.of(target);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    String.format("cannot write the %s to %s: %s", what, target, e.getMessage()), e);
        }
        out.printf("%s written to %s%n", what, file.toAbsolutePath());
    }
}
