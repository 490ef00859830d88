package io.redweave.internal.processor.report;

import io.redweave.internal.processor.report.ReportDocument.Block;
import io.redweave.internal.processor.report.ReportDocument.Heading;
import io.redweave.internal.processor.report.ReportDocument.Items;
import io.redweave.internal.processor.report.ReportDocument.Paragraph;
import io.redweave.internal.processor.report.ReportDocument.Table;
import io.redweave.internal.processor.report.ReportDocument.Text;
import java.util.List;

/** Renders the report as one standalone HTML page with its style inline: {@code cache-keys.html}. */
final class HtmlRenderer {

    private static final String STYLE =
            """
            body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#222}
            table{border-collapse:collapse;margin:.5rem 0 1rem}
            th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f3f3f3}
            code{font-family:ui-monospace,monospace;font-size:.9em;background:#f6f6f6;padding:0 .2em}
            td code{white-space:nowrap}
            h3{margin-top:2rem;border-bottom:1px solid #ddd}
            li{margin:.3rem 0;color:#8a4b00}
            """;

    private HtmlRenderer() {}

    static String render(ReportDocument document) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<title>").append(escape(document.title())).append("</title>\n");
        out.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(escape(document.title())).append("</h1>\n");
        for (Block block : document.blocks()) {
            if (block instanceof Heading h) {
                out.append(String.format("<h%d>%s</h%d>\n", h.level(), escape(h.text()), h.level()));
            } else if (block instanceof Paragraph p) {
                out.append("<p>").append(inline(p.text())).append("</p>\n");
            } else if (block instanceof Items items) {
                list(out, items.items());
            } else if (block instanceof Table table) {
                table(out, table);
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void list(StringBuilder out, List<Text> items) {
        out.append("<ul>\n");
        items.forEach(i -> out.append("<li>").append(inline(i)).append("</li>\n"));
        out.append("</ul>\n");
    }

    private static void table(StringBuilder out, Table table) {
        out.append("<table>\n<thead><tr>");
        table.headers().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Text> cells : table.rows()) {
            out.append("<tr>");
            cells.forEach(c -> out.append("<td>").append(inline(c)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static String inline(Text text) {
        StringBuilder out = new StringBuilder();
        for (Text.Span span : text.spans()) {
            String escaped = escape(span.text());
            out.append(span.code() ? "<code>" + escaped + "</code>" : escaped);
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
