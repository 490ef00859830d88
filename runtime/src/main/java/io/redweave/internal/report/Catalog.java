package io.redweave.internal.report;

import io.redweave.RedweaveConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Every key family the application declares, merged from the reports of all its modules, with the
 * cross-module warnings and what could not be read. Immutable; {@link #match} is thread-safe.
 *
 * @param prefix the key prefix filled in
 * @param version the cache version filled in
 * @param families by kind, then name
 * @param sources the modules whose reports were read
 * @param warnings the cross-module findings
 * @param problems reports that could not be read
 */
public record Catalog(
        String prefix,
        long version,
        List<Family> families,
        List<String> sources,
        List<String> warnings,
        List<String> problems) {

    /** Merges {@code found} with the prefix, version, key function and default TTL of {@code config}. */
    public static Catalog merge(ReportFiles found, RedweaveConfig config) {
        long defaultTtl =
                config.defaultTtl().isForever() ? -1 : config.defaultTtl().toMillis();
        ReportMerger merger = new ReportMerger(
                new ReportMerger.Settings(config.keyPrefix(), config.version(), config.keyFunction(), defaultTtl));
        found.texts().forEach(merger::add);
        List<FamilyDraft> drafts = merger.drafts();
        List<Family> families = drafts.stream()
                .map(FamilyDraft::build)
                .filter(f -> !f.shapes().isEmpty())
                .toList();
        List<String> problems = new ArrayList<>(found.problems());
        problems.addAll(merger.problems());
        return new Catalog(
                config.keyPrefix(),
                config.version(),
                families,
                merger.sources(),
                CrossModuleChecks.check(drafts),
                List.copyOf(problems));
    }

    /**
     * The family {@code key} belongs to, or null. Where two families could claim it (a {@code @Locked}
     * lock named like a stampede-locked cache), the one with the longer literal head wins, then the
     * first in order.
     */
    public Family match(String key) {
        Family best = null;
        int bestHead = -1;
        for (Family family : families) {
            for (KeyShape shape : family.shapes()) {
                if (shape.head().length() > bestHead && shape.matches(key)) {
                    best = family;
                    bestHead = shape.head().length();
                }
            }
        }
        return best;
    }
}
