package io.redweave.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redweave.processor.Compilations.compile;
import static io.redweave.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class WarningTest {

    @Test
    void foreverCache_neverEvicted_warnsStaleForever() {
        JavaFileObject src = source(
                "Catalog",
                """
                public class Catalog {
                    @Cached(
                        name = "countries",
                        key = "all",
                        ttl = "forever")
                    public List<String> countries() { return List.of(); }
                }
                """);

        Compilation compilation = compile(src);

        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("@Cached ttl \"forever\" on Catalog.countries(): no @CacheEvict or @CachePut in"
                        + " this compilation touches cache \"countries\", so its entries stay stale forever")
                .inFile(src)
                .onLineContaining("ttl = \"forever\"");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void foreverCache_evictedSomewhere_noWarning() {
        JavaFileObject src = source(
                "Catalog",
                """
                public class Catalog {
                    @Cached(name = "countries", key = "all", ttl = "forever")
                    public List<String> countries() { return List.of(); }

                    @CacheEvict(name = "countries", allEntries = true)
                    public void reload() {}
                }
                """);

        assertThat(compile(src)).succeededWithoutWarnings();
    }

    @Test
    void foreverCache_keyWithParameters_warnsUnboundedKeySpace() {
        JavaFileObject src = source(
                "Catalog",
                """
                public class Catalog {
                    @Cached(
                        name = "products",
                        ttl = "forever")
                    public String product(long id, String locale) { return ""; }

                    @CacheEvict(name = "products", allEntries = true)
                    public void reload() {}
                }
                """);

        Compilation compilation = compile(src);

        assertThat(compilation)
                .hadWarningContaining("@Cached ttl \"forever\" on Catalog.product(long, String) keeps one entry per"
                        + " distinct {id}, {locale} for ever, an unbounded key space")
                .inFile(src)
                .onLineContaining("ttl = \"forever\"");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void cachedKey_leavesOutParameter_warnsSharedEntry() {
        JavaFileObject src = source(
                "Catalog",
                """
                public class Catalog {
                    @Cached(
                        name = "products",
                        key = "{id}")
                    public String product(long id, String locale) { return ""; }
                }
                """);

        Compilation compilation = compile(src);

        assertThat(compilation)
                .hadWarningContaining("@Cached key \"{id}\" on Catalog.product(long, String) leaves out parameter"
                        + " locale, so calls that differ only in locale share one entry; add {locale} to the key")
                .inFile(src)
                .onLineContaining("key = \"{id}\"");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void evict_unknownCache_warnsMisspelling() {
        JavaFileObject src = source(
                "Catalog",
                """
                public class Catalog {
                    @Cached(name = "products", key = "{id}")
                    public String product(long id) { return ""; }

                    @CacheEvict(
                        name = "product",
                        key = "{id}")
                    public void save(long id) {}
                }
                """);

        assertThat(compile(src))
                .hadWarningContaining("@CacheEvict name \"product\" on Catalog.save(long) names a cache that no @Cached"
                        + " method in this compilation reads; check the spelling (caches: products)")
                .inFile(src)
                .onLineContaining("name = \"product\"");
    }

    @Test
    void cachePut_ttlDiffersFromReader_warns() {
        JavaFileObject src = source(
                "Catalog",
                """
                public class Catalog {
                    @Cached(name = "products", key = "{id}", ttl = "10m")
                    public String product(long id) { return ""; }

                    @CachePut(
                        name = "products",
                        key = "{id}",
                        ttl = "1m")
                    public String save(long id) { return ""; }
                }
                """);

        assertThat(compile(src))
                .hadWarningContaining("@CachePut ttl 1m on Catalog.save(long) differs from @Cached ttl 10m on"
                        + " Catalog.product(long) for cache \"products\"")
                .inFile(src)
                .onLineContaining("ttl = \"1m\"");
    }

    @Test
    void cachePut_sameLengthWrittenDifferently_noWarning() {
        JavaFileObject src = source(
                "Catalog",
                """
                public class Catalog {
                    @Cached(name = "products", key = "{id}", ttl = "60s")
                    public String product(long id) { return ""; }

                    @CachePut(name = "products", key = "{id}", ttl = "PT1M")
                    public String save(long id) { return ""; }
                }
                """);

        assertThat(compile(src)).succeededWithoutWarnings();
    }

    @Test
    void suppressWarnings_onMethod_silencesRedweaveWarnings() {
        JavaFileObject src = source(
                "Catalog",
                """
                public class Catalog {
                    @SuppressWarnings("redweave")
                    @Cached(name = "products", key = "{id}", ttl = "forever")
                    public String product(long id, String locale) { return ""; }
                }
                """);

        assertThat(compile(src)).succeededWithoutWarnings();
    }

    @Test
    void suppressWarnings_onEnclosingClass_silencesRedweaveWarnings() {
        JavaFileObject src = source(
                "Catalog",
                """
                @SuppressWarnings({"unchecked", "redweave"})
                public class Catalog {
                    public static class Inner {
                        @Cached(name = "products", key = "{id}")
                        public String product(long id, String locale) { return ""; }
                    }
                }
                """);

        assertThat(compile(src)).succeededWithoutWarnings();
    }

    @Test
    void suppressWarnings_otherValue_keepsWarning() {
        JavaFileObject src = source(
                "Catalog",
                """
                public class Catalog {
                    @SuppressWarnings("unchecked")
                    @Cached(name = "products", key = "{id}")
                    public String product(long id, String locale) { return ""; }
                }
                """);

        assertThat(compile(src)).hadWarningContaining("leaves out parameter locale");
    }

    @Test
    void suppressWarnings_doesNotSilenceErrors() {
        JavaFileObject src = source(
                "Catalog",
                """
                @SuppressWarnings("redweave")
                public class Catalog {
                    @Cached(name = "products", ttl = "5x")
                    public String product(long id) { return ""; }
                }
                """);

        assertThat(compile(src)).hadErrorContaining("@Cached ttl \"5x\" on Catalog.product(long) has the unknown unit");
    }
}
