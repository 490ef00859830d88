package io.redweave.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Turns {@link StampedeBenchmark}'s samples into the Markdown table of {@code docs/performance.md}. */
final class StampedeReport {

    private StampedeReport() {}

    /** One peer's figures: loads per key, and callers' latency in ms (total and above one load). */
    record Row(
            String peer,
            int jvms,
            int callers,
            long loadsMin,
            long loadsMax,
            double loadsMean,
            double p50,
            double p99,
            double max) {}

    static Row row(String peer, int jvms, int callers, List<Long> loads, List<Long> latencyNanos) {
        List<Long> sorted = new ArrayList<>(latencyNanos);
        Collections.sort(sorted);
        return new Row(
                peer,
                jvms,
                callers,
                Collections.min(loads),
                Collections.max(loads),
                loads.stream().mapToLong(Long::longValue).average().orElse(0),
                percentile(sorted, 50),
                percentile(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    static String table(List<Row> rows, int callers, int rounds, long loadMillis) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%d callers miss one cold key together; the load takes %d ms; %d keys per peer.%n%n",
                callers,
                loadMillis,
                rounds));
        out.append("| peer | JVMs × threads | loads per key (min / mean / max) | caller latency p50 / p99 / max (ms)"
                + " | added over one load p50 / p99 (ms) |\n");
        out.append("|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d × %d | %d / %.1f / %d | %.1f / %.1f / %.1f | %.1f / %.1f |%n",
                    r.peer(),
                    r.jvms(),
                    r.callers() / r.jvms(),
                    r.loadsMin(),
                    r.loadsMean(),
                    r.loadsMax(),
                    r.p50(),
                    r.p99(),
                    r.max(),
                    r.p50() - loadMillis,
                    r.p99() - loadMillis));
        }
        return out.toString();
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
