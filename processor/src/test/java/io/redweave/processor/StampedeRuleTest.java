package io.redweave.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redweave.processor.Compilations.compile;
import static io.redweave.processor.Compilations.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Early refresh and stale serving against the @Cached ttl, and XFetch's β, as the runtime checks them. */
class StampedeRuleTest {

    private static JavaFileObject service(String ttl, String lockAttributes) {
        return source(
                "MusicService",
                """
                public class MusicService {
                    @Cached(name = "musics", key = "{id}", ttl = "%s")
                    @StampedeLock(
                        waitFor = "5s",
                        %s)
                    public String find(long id) { return ""; }
                }
                """
                        .formatted(ttl, lockAttributes));
    }

    @Test
    void refreshAhead_notShorterThanTtl_errorSuggestsATenth() {
        JavaFileObject src = service("10m", "refreshAhead = \"PT10M\"");

        assertThat(compile(src))
                .hadErrorContaining("@StampedeLock refreshAhead \"PT10M\" on MusicService.find(long) is not shorter"
                        + " than the @Cached ttl \"10m\", so the value would be refreshed as soon as it is stored; use"
                        + " a window shorter than the ttl, such as 1m")
                .inFile(src)
                .onLineContaining("refreshAhead = ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "refreshAhead, 'refreshAhead = \"1m\"', 'refreshAhead \"1m\"'",
        "keepStale, 'keepStale = \"10m\"', 'keepStale \"10m\"'",
        "earlyRefresh, 'earlyRefresh = true', 'earlyRefresh'",
    })
    void expiringAttribute_foreverTtl_errorOnTheAttribute(String attribute, String written, String named) {
        JavaFileObject src = service("forever", written);

        assertThat(compile(src))
                .hadErrorContaining("@StampedeLock " + named + " on MusicService.find(long) needs an entry that"
                        + " expires, but the @Cached ttl is \"forever\"; give @Cached a ttl such as 1h or remove "
                        + attribute)
                .inFile(src)
                .onLineContaining(written);
    }

    @ParameterizedTest(name = "beta = {0}")
    @CsvSource({"0.0, 0.0", "-1, -1.0", "Double.NaN, NaN", "Double.POSITIVE_INFINITY, Infinity"})
    void beta_notAPositiveNumber_errorOnBeta(String written, String shown) {
        JavaFileObject src = service("10m", "earlyRefresh = true, beta = " + written);

        assertThat(compile(src))
                .hadErrorContaining("@StampedeLock beta " + shown + " on MusicService.find(long) is not a positive"
                        + " number; use 1.0 unless measured")
                .inFile(src)
                .onLineContaining("beta = ");
    }

    @Test
    void everyNewAttribute_fitsTheTtl_compilesWithoutWarnings() {
        JavaFileObject src = service(
                "10m",
                """
                maxLease = "5m", whenRedisDown = WhenRedisDown.FAIL, refreshAhead = "9m",
                        earlyRefresh = true, beta = 0.5, staleIfError = true, keepStale = "1h\"""");

        assertThat(compile(src)).succeededWithoutWarnings();
    }

    @Test
    void zeroWindowAndZeroKeepStale_foreverTtl_compilesWithoutWarnings() {
        JavaFileObject src = source(
                "MusicService",
                """
                public class MusicService {
                    @Cached(name = "musics", key = "all", ttl = "forever")
                    @StampedeLock(refreshAhead = "0s", keepStale = "0s", staleIfError = true)
                    public String all() { return ""; }

                    @CacheEvict(name = "musics", allEntries = true)
                    public void clear() {}
                }
                """);

        assertThat(compile(src)).succeededWithoutWarnings();
    }

    @Test
    void refreshAhead_defaultTtl_leftToTheRuntime() {
        JavaFileObject src = source(
                "MusicService",
                """
                public class MusicService {
                    @Cached(name = "musics", key = "{id}")
                    @StampedeLock(refreshAhead = "1h")
                    public String find(long id) { return ""; }
                }
                """);

        assertThat(compile(src)).succeededWithoutWarnings();
    }
}
