package io.redweave.internal.audit;

import io.redweave.audit.AuditResult;
import io.redweave.audit.FamilyFigures;
import io.redweave.audit.FamilyFigures.TtlBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The audit page's two charts as inline SVG: memory by family (unmatched keys included, as one bar),
 * and each family's keys by remaining TTL as one stacked bar of shares.
 */
final class AuditCharts {

    private static final int LABEL = 260;
    private static final int WIDTH = 520;
    private static final int ROW = 22;
    private static final String[] TTL_COLOURS = {
        "#c0392b", "#f39c12", "#f1c40f", "#2ecc71", "#27ae60", "#2980b9", "#8e44ad"
    };

    private AuditCharts() {}

    private record Bar(String label, long value, String text) {}

    static String memory(AuditResult r) {
        List<Bar> bars = new ArrayList<>();
        for (FamilyFigures f : r.families()) {
            if (f.keys() > 0) {
                bars.add(new Bar(
                        f.family().kind().label() + " " + f.family().name(),
                        f.memoryBytes(),
                        Sizes.bytes(f.memoryBytes())));
            }
        }
        long unmatched = r.unmatched().stream()
                .mapToLong(AuditResult.UnmatchedKeys::memoryBytes)
                .sum();
        if (unmatched > 0) {
            bars.add(new Bar("matching no declaration", unmatched, Sizes.bytes(unmatched)));
        }
        if (bars.isEmpty()) {
            return "<p class=\"muted\">No keys.</p>";
        }
        long max = bars.stream().mapToLong(Bar::value).max().orElse(1);
        StringBuilder svg = open("memory", bars.size() * ROW + 4);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW + 2;
            int w = max == 0 ? 0 : (int) Math.max(1, bar.value() * (double) WIDTH / max);
            svg.append(text(0, y + 15, bar.label()));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"#3b7dd8\"><title>%s</title></rect>",
                    LABEL,
                    y,
                    w,
                    AuditHtml.esc(bar.text())));
            svg.append(text(LABEL + w + 6, y + 13, bar.text()));
        }
        return svg.append("</svg>").toString();
    }

    static String ttls(AuditResult r) {
        List<FamilyFigures> shown =
                r.families().stream().filter(f -> f.keys() > 0).toList();
        if (shown.isEmpty()) {
            return "<p class=\"muted\">No keys.</p>";
        }
        StringBuilder svg = open("ttls", (shown.size() + 1) * ROW + 6);
        for (int i = 0; i < shown.size(); i++) {
            FamilyFigures f = shown.get(i);
            int y = i * ROW + 2;
            svg.append(
                    text(0, y + 15, f.family().kind().label() + " " + f.family().name()));
            double x = LABEL;
            List<TtlBucket> buckets = f.ttls();
            for (int b = 0; b < buckets.size(); b++) {
                double w = buckets.get(b).keys() * (double) WIDTH / f.keys();
                if (w > 0) {
                    svg.append(String.format(
                            Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"><title>%s: %,d keys</title></rect>",
                            x,
                            y,
                            w,
                            TTL_COLOURS[b % TTL_COLOURS.length],
                            AuditHtml.esc(buckets.get(b).label()),
                            buckets.get(b).keys()));
                }
                x += w;
            }
        }
        legend(svg, shown.get(0).ttls(), shown.size() * ROW + 4);
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, List<TtlBucket> buckets, int y) {
        int x = LABEL;
        for (int b = 0; b < buckets.size(); b++) {
            svg.append(String.format(
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>",
                    x, y + 2, TTL_COLOURS[b % TTL_COLOURS.length]));
            svg.append(text(x + 16, y + 12, buckets.get(b).label()));
            x += 28 + 7 * buckets.get(b).label().length();
        }
    }

    private static StringBuilder open(String id, int height) {
        return new StringBuilder(String.format(
                "<svg id=\"chart-%s\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-size=\"12\">",
                id, LABEL + WIDTH + 120, height));
    }

    private static String text(double x, int y, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", x, y, AuditHtml.esc(s));
    }
}
