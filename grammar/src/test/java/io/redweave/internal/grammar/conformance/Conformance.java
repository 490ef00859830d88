package io.redweave.internal.grammar.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The conformance table ({@code conformance.txt} beside this class): every accepted form of a
 * duration and a key template with its value, every rejected form with its message. The grammar's,
 * the processor's and the runtime's tests all read it, so the three cannot drift apart.
 */
public final class Conformance {

    /** One row: {@code expected} is the value of an accepted text, or the message of a rejected one. */
    public record Case(String kind, boolean accepted, String text, String expected) {
        @Override
        public String toString() {
            return (accepted ? "accepts \"" : "rejects \"") + text + "\"";
        }
    }

    private static final List<Case> ALL = read();

    private Conformance() {}

    /** Every duration row. */
    public static List<Case> durations() {
        return ALL.stream().filter(c -> c.kind().equals("duration")).toList();
    }

    /** Every template row. */
    public static List<Case> templates() {
        return ALL.stream().filter(c -> c.kind().equals("template")).toList();
    }

    private static List<Case> read() {
        try (InputStream in = Conformance.class.getResourceAsStream("conformance.txt")) {
            if (in == null) {
                throw new IllegalStateException("conformance.txt is missing beside " + Conformance.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(Conformance::row)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case row(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 4 || !cells[2].startsWith("\"") || !cells[2].endsWith("\"")) {
            throw new IllegalStateException("conformance.txt: not kind, accept|reject, \"text\", expected: " + line);
        }
        String text = cells[2].substring(1, cells[2].length() - 1);
        return new Case(cells[0], cells[1].equals("accept"), text, cells[3]);
    }
}
