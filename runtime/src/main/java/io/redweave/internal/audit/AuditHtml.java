package io.redweave.internal.audit;

import io.redweave.audit.AuditResult;
import io.redweave.audit.FamilyFigures;
import java.util.List;
import java.util.Locale;

/**
 * An audit as one standalone HTML page: the status, a chart of memory by family, a chart of each
 * family's remaining TTLs, and the tables. Charts are inline SVG, so the page needs no script and
 * no network.
 */
public final class AuditHtml {

    private static final String STYLE = "body{font:14px system-ui,sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
            + "text-align:left;vertical-align:top}td.n{text-align:right}code{font-size:13px}"
            + ".partial{background:#fde2e1;border:1px solid #e0a0a0;padding:8px}.ok{background:#e3f4e1;"
            + "border:1px solid #9c9;padding:8px}.muted{color:#666}";

    private AuditHtml() {}

    public static String write(AuditResult r) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.append("<title>Redis key audit</title><style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>Redis key audit</h1>\n");
        status(html, r);
        html.append("<h2>Memory by family</h2>\n").append(AuditCharts.memory(r)).append('\n');
        html.append("<h2>Remaining TTLs</h2>\n").append(AuditCharts.ttls(r)).append('\n');
        families(html, r.families());
        unmatched(html, r.unmatched());
        warnings(html, r);
        return html.append("</body></html>\n").toString();
    }

    private static void status(StringBuilder html, AuditResult r) {
        html.append(
                r.partial()
                        ? "<div class=\"partial\" id=\"status\"><strong>Partial result.</strong>"
                        : "<div class=\"ok\" id=\"status\"><strong>Complete.</strong>");
        html.append(String.format(
                Locale.ROOT,
                " %s, %d node(s): %,d keys seen, %,d SCAN calls in %.1f s (%.1f a second); %,d keys matched no"
                        + " declaration.",
                esc(r.redis()),
                r.nodes().size(),
                r.keysSeen(),
                r.scanCalls(),
                r.took().toMillis() / 1000.0,
                r.scansPerSecond(),
                r.unmatchedKeys()));
        if (!r.problems().isEmpty()) {
            html.append("<ul>");
            r.problems().forEach(p -> html.append("<li>").append(esc(p)).append("</li>"));
            html.append("</ul>");
        }
        html.append("</div>\n");
    }

    private static void families(StringBuilder html, List<FamilyFigures> families) {
        html.append("<h2>Declared keys</h2>\n<table id=\"families\"><thead><tr><th>kind</th><th>name</th>"
                + "<th>keys</th><th>memory</th><th>declared ttl</th><th>no ttl where declared</th>"
                + "<th>ttl above declared</th><th>wrong type</th><th>largest</th></tr></thead><tbody>\n");
        for (FamilyFigures f : families) {
            html.append("<tr><td>")
                    .append(f.family().kind().label())
                    .append("</td><td><code>")
                    .append(esc(f.family().name()))
                    .append("</code><br><span class=\"muted\">")
                    .append(esc(String.join(" ", f.family().keys())))
                    .append("</span></td>");
            html.append("<td class=\"n\">")
                    .append(String.format("%,d", f.keys()))
                    .append("</td>");
            html.append("<td class=\"n\">").append(memory(f)).append("</td>");
            html.append("<td>").append(esc(f.family().lifetime().declared())).append("</td>");
            html.append(finding(f.withoutTtl(), f.withoutTtlExamples()));
            html.append(finding(f.ttlAboveDeclared(), f.ttlAboveExamples()));
            html.append(finding(f.wrongType(), f.wrongTypeExamples()));
            html.append("<td>");
            f.largest().forEach(k -> html.append("<code>")
                    .append(esc(k.key()))
                    .append("</code> ")
                    .append(Sizes.bytes(k.bytes()))
                    .append("<br>"));
            html.append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static String memory(FamilyFigures f) {
        if (f.keys() == 0) {
            return "-";
        }
        String bytes = Sizes.bytes(f.memoryBytes());
        return f.memoryEstimated()
                ? String.format("~%s<br><span class=\"muted\">%,d sampled</span>", bytes, f.memorySampled())
                : bytes;
    }

    private static String finding(long count, List<String> examples) {
        if (count == 0) {
            return "<td class=\"n\">0</td>";
        }
        StringBuilder cell = new StringBuilder(String.format("<td class=\"n\"><strong>%,d</strong>", count));
        examples.forEach(e -> cell.append("<br><code>").append(esc(e)).append("</code>"));
        return cell.append("</td>").toString();
    }

    private static void unmatched(StringBuilder html, List<AuditResult.UnmatchedKeys> groups) {
        html.append("<h2>Keys matching no declaration</h2>\n");
        if (groups.isEmpty()) {
            html.append("<p id=\"unmatched\">None.</p>\n");
            return;
        }
        html.append("<table id=\"unmatched\"><thead><tr><th>namespace</th><th>keys</th><th>memory</th>"
                + "<th>examples</th><th>probably</th></tr></thead><tbody>\n");
        for (AuditResult.UnmatchedKeys u : groups) {
            html.append("<tr><td><code>")
                    .append(esc(u.pattern()))
                    .append("</code></td><td class=\"n\">")
                    .append(String.format("%,d", u.keys()))
                    .append("</td><td class=\"n\">")
                    .append(Sizes.bytes(u.memoryBytes()))
                    .append("</td><td>");
            u.examples().forEach(e -> html.append("<code>").append(esc(e)).append("</code><br>"));
            html.append("</td><td>").append(esc(u.hint())).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static void warnings(StringBuilder html, AuditResult r) {
        html.append("<h2>Reports</h2>\n<p>Matched against the cache-key reports of: ")
                .append(
                        r.catalog().sources().isEmpty()
                                ? "none"
                                : esc(String.join(", ", r.catalog().sources())))
                .append(String.format(
                        " (prefix %s, version %d).</p>\n",
                        r.catalog().prefix().isEmpty()
                                ? "empty"
                                : "<code>" + esc(r.catalog().prefix()) + "</code>",
                        r.catalog().version()));
        List<String> all = new java.util.ArrayList<>(r.catalog().warnings());
        all.addAll(r.catalog().problems());
        if (!all.isEmpty()) {
            html.append("<ul id=\"warnings\">");
            all.forEach(w -> html.append("<li>").append(esc(w)).append("</li>"));
            html.append("</ul>\n");
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
