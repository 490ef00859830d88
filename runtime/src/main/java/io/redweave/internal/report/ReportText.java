package io.redweave.internal.report;

/**
 * One module's {@code cache-keys.json} as found.
 *
 * @param origin where it came from, as people name it: a jar's file name, or a class output directory
 * @param json its text
 */
public record ReportText(String origin, String json) {}
