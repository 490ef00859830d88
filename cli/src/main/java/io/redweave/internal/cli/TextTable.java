package io.redweave.internal.cli;

import java.io.PrintWriter;
import java.util.List;

/** A plain-text table: columns as wide as their widest cell, numbers right-aligned, a rule under the header. */
final class TextTable {

    /** A cell wider than this (but the last) is cut with an ellipsis, so one long key cannot push the table off the screen. */
    private static final int MAX_CELL = 60;

    private TextTable() {}

    static void print(PrintWriter out, List<String> headers, List<List<String>> rows) {
        int[] widths = new int[headers.size()];
        boolean[] numeric = new boolean[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            widths[c] = headers.get(c).length();
            numeric[c] = !rows.isEmpty();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], cell(row, c).length());
                numeric[c] &= row.get(c).matches("[~\\d.,\\s]*[\\d-]+(\\s?[kMGT]?B)?");
            }
        }
        line(out, headers, widths, new boolean[headers.size()]);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.println(rule);
        rows.forEach(row -> line(out, row, widths, numeric));
    }

    private static void line(PrintWriter out, List<String> cells, int[] widths, boolean[] right) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cell(cells, c);
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(c == 0 ? "" : "  ").append(right[c] ? pad + cell : c == cells.size() - 1 ? cell : cell + pad);
        }
        out.println(line);
    }

    /** The cell as printed: cut unless it is the last one, which may run on. */
    private static String cell(List<String> cells, int c) {
        String cell = cells.get(c);
        return c == cells.size() - 1 || cell.length() <= MAX_CELL ? cell : cell.substring(0, MAX_CELL - 1) + "…";
    }
}
