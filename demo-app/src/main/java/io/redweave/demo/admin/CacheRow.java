package io.redweave.demo.admin;

import io.redweave.CacheStats;

/** One cache's figures on the dashboard. */
public record CacheRow(String name, long hits, long misses, long loads, long errors, String hitRatio, String avgLoad) {

    /** The row for {@code stats}. */
    public static CacheRow of(CacheStats stats) {
        String avg = stats.loads() == 0
                ? "-"
                : String.format("%.1f ms", stats.loadTime().toNanos() / 1e6 / stats.loads());
        return new CacheRow(
                stats.name(),
                stats.hits(),
                stats.misses(),
                stats.loads(),
                stats.errors(),
                String.format("%.0f%%", stats.hitRatio() * 100),
                avg);
    }
}
