package io.redweave.internal.cli;

import io.redweave.audit.AuditListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, redrawn in place at most ten times a second, shown on a
 * terminal once the keyspace holds 10,000 keys or more (a smaller one is done before it is worth it).
 */
final class ProgressBar implements AuditListener {

    private static final long LARGE = 10_000;
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean forced;
    private final long started = System.nanoTime();
    private long drawn = Long.MIN_VALUE;
    private boolean shown;

    ProgressBar(PrintWriter err, boolean forced) {
        this.err = err;
        this.forced = forced;
    }

    @Override
    public void onProgress(Progress p) {
        if (!forced && (System.console() == null || p.keysExpected() < LARGE)) {
            return;
        }
        long now = System.nanoTime();
        if (now - drawn < REDRAW_NANOS) {
            return;
        }
        drawn = now;
        shown = true;
        int filled = (int) Math.round(p.fraction() * WIDTH);
        err.printf(
                Locale.ROOT,
                "\r[%s%s] %3.0f%%  %,d / ~%,d keys  node %d/%d %s  %,d scans  %.0f s ",
                "#".repeat(filled),
                ".".repeat(WIDTH - filled),
                p.fraction() * 100,
                p.keysSeen(),
                p.keysExpected(),
                p.nodeIndex(),
                p.nodes(),
                p.node(),
                p.scanCalls(),
                (now - started) / 1e9);
        err.flush();
    }

    /** Ends the bar's line, so what follows starts on a fresh one. */
    void finish() {
        if (shown) {
            err.println();
            err.flush();
        }
    }
}
