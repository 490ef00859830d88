package io.redweave.internal.report;

import io.redweave.RedweaveConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, merges the cache-key reports on the class path and logs what only the whole
 * application shows: one warning per cross-module finding, and one per report that cannot be read.
 * It never stops the start: a report is documentation, and a broken one must not take the service down.
 */
public final class StartupCheck {

    private static final Logger LOG = LoggerFactory.getLogger("io.redweave.report");

    private StartupCheck() {}

    /** Checks the reports {@code loader} sees; returns the catalog, or null when it could not be built. */
    public static Catalog run(ClassLoader loader, RedweaveConfig config) {
        try {
            ClassLoader from = loader != null ? loader : StartupCheck.class.getClassLoader();
            Catalog catalog = Catalog.merge(ReportFiles.onClassPath(from), config);
            catalog.problems().forEach(p -> LOG.warn("Redweave cache-key report: {}", p));
            catalog.warnings().forEach(w -> LOG.warn("Redweave cache-key report: {}", w));
            if (!catalog.sources().isEmpty()) {
                LOG.info(
                        "Redweave cache-key report: {} key families from {} module report(s), {} warning(s)",
                        catalog.families().size(),
                        catalog.sources().size(),
                        catalog.warnings().size());
            }
            return catalog;
        } catch (RuntimeException e) {
            LOG.warn("Redweave cache-key report: the reports on the class path could not be checked", e);
            return null;
        }
    }
}
