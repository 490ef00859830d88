package io.redweave.internal.processor.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The human report as a small document tree (headings, paragraphs, tables, lists of inline text),
 * laid out once by {@link ReportLayout} and rendered to Markdown and to HTML, so both say the same.
 */
record ReportDocument(String title, List<Block> blocks) {

    sealed interface Block {}

    record Heading(int level, String text) implements Block {}

    record Paragraph(Text text) implements Block {}

    record Table(List<String> headers, List<List<Text>> rows) implements Block {}

    record Items(List<Text> items) implements Block {}

    /** Inline text: plain runs and code runs. */
    record Text(List<Span> spans) {

        record Span(String text, boolean code) {}

        static Text plain(String text) {
            return new Text(List.of(new Span(text, false)));
        }

        static Text code(String text) {
            return new Text(List.of(new Span(text, true)));
        }

        Text then(String text) {
            return append(new Span(text, false));
        }

        Text thenCode(String text) {
            return append(new Span(text, true));
        }

        private Text append(Span span) {
            List<Span> all = new ArrayList<>(spans);
            all.add(span);
            return new Text(all);
        }
    }
}
