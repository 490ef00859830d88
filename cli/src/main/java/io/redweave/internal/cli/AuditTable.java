package io.redweave.internal.cli;

import io.redweave.audit.AuditResult;
import io.redweave.audit.FamilyFigures;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An audit in the terminal: the status, one row per family, the unmatched keys, the findings. */
final class AuditTable {

    private AuditTable() {}

    static void print(AuditResult r, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%s: %s, %d node(s), %,d keys seen, %,d SCAN calls in %.1f s (%.1f/s)%n%n",
                r.partial() ? "PARTIAL" : "Complete",
                r.redis(),
                r.nodes().size(),
                r.keysSeen(),
                r.scanCalls(),
                r.took().toMillis() / 1000.0,
                r.scansPerSecond());
        if (r.nodes().isEmpty()) {
            messages(out, "Problems (the result is partial)", r.problems());
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (FamilyFigures f : r.families()) {
            rows.add(List.of(
                    f.family().kind().label(),
                    f.family().name(),
                    String.format("%,d", f.keys()),
                    memory(f),
                    f.family().lifetime().declared(),
                    ttls(f),
                    String.format("%,d", f.withoutTtl()),
                    String.format("%,d", f.ttlAboveDeclared()),
                    String.format("%,d", f.wrongType()),
                    f.largest().isEmpty()
                            ? "-"
                            : f.largest().get(0).key() + " "
                                    + Bytes.text(f.largest().get(0).bytes())));
        }
        TextTable.print(
                out,
                List.of(
                        "kind",
                        "name",
                        "keys",
                        "memory",
                        "declared ttl",
                        "remaining ttl",
                        "no ttl",
                        "ttl > declared",
                        "wrong type",
                        "largest"),
                rows);
        unmatched(r, out);
        findings(r, out);
        messages(out, "Problems (the result is partial)", r.problems());
        messages(out, "Warnings from the reports", r.catalog().warnings());
        messages(out, "Reports that could not be read", r.catalog().problems());
    }

    static void messages(PrintWriter out, String title, List<String> messages) {
        if (!messages.isEmpty()) {
            out.printf("%n%s:%n", title);
            messages.forEach(m -> out.println("  - " + m));
        }
    }

    private static void unmatched(AuditResult r, PrintWriter out) {
        out.printf("%nKeys matching no declaration: %,d%n", r.unmatchedKeys());
        if (r.unmatched().isEmpty()) {
            return;
        }
        List<List<String>> rows = r.unmatched().stream()
                .map(u -> List.of(u.pattern(), String.format("%,d", u.keys()), Bytes.text(u.memoryBytes()), u.hint()))
                .toList();
        TextTable.print(out, List.of("namespace", "keys", "memory", "probably"), rows);
    }

    /** Example keys behind each non-zero finding, so the user can look at them with redis-cli. */
    private static void findings(AuditResult r, PrintWriter out) {
        List<String> lines = new ArrayList<>();
        for (FamilyFigures f : r.families()) {
            String name = f.family().kind().label() + " " + f.family().name();
            if (f.withoutTtl() > 0) {
                lines.add(String.format(
                        "%s: %,d key(s) without a TTL, e.g. %s",
                        name, f.withoutTtl(), String.join(", ", f.withoutTtlExamples())));
            }
            if (f.ttlAboveDeclared() > 0) {
                lines.add(String.format(
                        "%s: %,d key(s) with a TTL above the declared one, e.g. %s",
                        name, f.ttlAboveDeclared(), String.join(", ", f.ttlAboveExamples())));
            }
            if (f.wrongType() > 0) {
                lines.add(String.format(
                        "%s: %,d key(s) of another type than %s, e.g. %s",
                        name, f.wrongType(), f.family().redisType(), String.join(", ", f.wrongTypeExamples())));
            }
        }
        messages(out, "Findings", lines);
    }

    private static String memory(FamilyFigures f) {
        if (f.keys() == 0) {
            return "-";
        }
        return (f.memoryEstimated() ? "~" : "") + Bytes.text(f.memoryBytes());
    }

    /** {@code none 3, 10m-1h 30, 1h-1d 1}: the non-empty buckets. */
    private static String ttls(FamilyFigures f) {
        String text = f.ttls().stream()
                .filter(b -> b.keys() > 0)
                .map(b -> (b.upToMillis() == 0 ? "none" : b.label()) + " " + String.format("%,d", b.keys()))
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? "-" : text;
    }
}
