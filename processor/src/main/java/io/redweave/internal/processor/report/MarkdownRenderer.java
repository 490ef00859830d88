package io.redweave.internal.processor.report;

import io.redweave.internal.processor.report.ReportDocument.Block;
import io.redweave.internal.processor.report.ReportDocument.Heading;
import io.redweave.internal.processor.report.ReportDocument.Items;
import io.redweave.internal.processor.report.ReportDocument.Paragraph;
import io.redweave.internal.processor.report.ReportDocument.Table;
import io.redweave.internal.processor.report.ReportDocument.Text;
import java.util.List;
import java.util.stream.Collectors;

/** Renders the report as GitHub-flavoured Markdown: {@code cache-keys.md}. */
final class MarkdownRenderer {

    private MarkdownRenderer() {}

    static String render(ReportDocument document) {
        StringBuilder out = new StringBuilder("# ").append(document.title()).append("\n");
        for (Block block : document.blocks()) {
            out.append('\n');
            if (block instanceof Heading h) {
                out.append("#".repeat(h.level()))
                        .append(' ')
                        .append(escape(h.text()))
                        .append('\n');
            } else if (block instanceof Paragraph p) {
                out.append(inline(p.text())).append('\n');
            } else if (block instanceof Items items) {
                items.items().forEach(i -> out.append("- ").append(inline(i)).append('\n'));
            } else if (block instanceof Table table) {
                table(out, table);
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Table table) {
        out.append(row(table.headers().stream().map(MarkdownRenderer::escape).toList()));
        out.append(row(table.headers().stream().map(h -> "---").toList()));
        for (List<Text> cells : table.rows()) {
            out.append(row(cells.stream().map(MarkdownRenderer::inline).toList()));
        }
    }

    private static String row(List<String> cells) {
        return cells.stream().collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    private static String inline(Text text) {
        StringBuilder out = new StringBuilder();
        for (Text.Span span : text.spans()) {
            out.append(span.code() ? code(span.text()) : escape(span.text()));
        }
        return out.toString();
    }

    /** A code span; a pipe is escaped even there, since GitHub splits table cells on it first. */
    private static String code(String text) {
        String fence = text.contains("`") ? "``" : "`";
        String padding = text.contains("`") ? " " : "";
        return fence + padding + text.replace("|", "\\|") + padding + fence;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
