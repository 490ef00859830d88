package io.redweave.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/** Turns {@link StampedeBenchmark}'s samples into the Markdown table of {@code docs/performance.md}. */
final class StampedeReport {

    private StampedeReport() {}

    /**
     * One caller: its latency (ns, from its own release), when it returned (epoch µs) and how long
     * after the key's load had finished (µs; meaningful only when one load ran).
     */
    record Sample(long nanos, long returnedMicros, long lagMicros) {

        static Sample parse(String text) {
            String[] parts = text.split(",");
            return new Sample(Long.parseLong(parts[0]), Long.parseLong(parts[1]), 0);
        }

        Sample landedAt(long landedMicros) {
            return new Sample(nanos, returnedMicros, returnedMicros - landedMicros);
        }

        @Override
        public String toString() {
            return nanos + "," + returnedMicros;
        }
    }

    /** One peer's figures, in ms. {@code lagP50}/{@code lagP99} are NaN when keys loaded more than once. */
    record Row(
            String peer,
            int jvms,
            int callers,
            long loadsMin,
            long loadsMax,
            double loadsMean,
            double p50,
            double p99,
            double max,
            double lagP50,
            double lagP99) {}

    static Row row(String peer, int jvms, int callers, List<Long> loads, List<Sample> samples) {
        boolean single = Collections.max(loads) == 1;
        return new Row(
                peer,
                jvms,
                callers,
                Collections.min(loads),
                Collections.max(loads),
                loads.stream().mapToLong(Long::longValue).average().orElse(0),
                percentile(samples, Sample::nanos, 50) / 1e6,
                percentile(samples, Sample::nanos, 99) / 1e6,
                percentile(samples, Sample::nanos, 100) / 1e6,
                single ? percentile(samples, Sample::lagMicros, 50) / 1e3 : Double.NaN,
                single ? percentile(samples, Sample::lagMicros, 99) / 1e3 : Double.NaN);
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
                + " | added over one load p50 / p99 (ms) | after the value landed p50 / p99 (ms) |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d × %d | %d / %.1f / %d | %.1f / %.1f / %.1f | %.1f / %.1f | %s |%n",
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
                    r.p99() - loadMillis,
                    Double.isNaN(r.lagP50())
                            ? "— (every caller loads)"
                            : String.format(Locale.ROOT, "%.1f / %.1f", r.lagP50(), r.lagP99())));
        }
        return out.toString();
    }

    private static double percentile(List<Sample> samples, ToLongFunction<Sample> field, int p) {
        List<Long> sorted = new ArrayList<>();
        samples.forEach(s -> sorted.add(field.applyAsLong(s)));
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
