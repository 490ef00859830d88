package io.redweave.benchmarks;

import org.springframework.cache.annotation.Cacheable;

/** The Spring peer of {@link CachedHitBenchmark.Catalog}: the same method under {@code @Cacheable}. */
public class SpringCatalog {

    @Cacheable(cacheNames = "bench", key = "#id")
    public String find(int id) {
        return CachedHitBenchmark.VALUE;
    }
}
