package io.redweave.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redweave.processor.Compilations.compile;
import static io.redweave.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationRuleTest {

    @Test
    void ttl_notADuration_errorOnTheTtlValue() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(
                        name = "orders",
                        ttl = "5x")
                    public String find(long id) { return ""; }
                }
                """);

        Compilation compilation = compile(src);

        assertThat(compilation)
                .hadErrorContaining(
                        "@Cached ttl \"5x\" on OrderService.find(long) has the unknown unit \"x\"; use ms, s, m, h"
                                + " or d, as in 5m")
                .inFile(src)
                .onLineContaining("ttl = \"5x\"");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "Cached, ttl, '@Cached(name = \"c\", ttl = \"ten\")'",
        "Cached, jitter, '@Cached(name = \"c\", jitter = \"1w\")'",
        "Cached, nullTtl, '@Cached(name = \"c\", cacheNull = true, nullTtl = \"-5s\")'",
        "CachePut, ttl, '@CachePut(name = \"c\", ttl = \"5 m\")'",
        "Counter, ttl, '@Counter(name = \"c\", ttl = \"P1M\")'",
        "Counter, buffer, '@Counter(name = \"c\", buffer = \"100 ms\")'",
        "Locked, lease, '@Locked(name = \"c\", lease = \"30\")'",
        "Locked, waitFor, '@Locked(name = \"c\", waitFor = \"2S\")'",
        "StampedeLock, lease, '@Cached(name = \"c\") @StampedeLock(lease = \"1y\")'",
        "StampedeLock, waitFor, '@Cached(name = \"c\") @StampedeLock(waitFor = \"soon\")'",
        "StampedeLock, refreshAhead, '@Cached(name = \"c\") @StampedeLock(refreshAhead = \"PTM\")'",
        "StampedeLock, maxLease, '@Cached(name = \"c\") @StampedeLock(maxLease = \"1 h\")'",
        "StampedeLock, keepStale, '@Cached(name = \"c\") @StampedeLock(keepStale = \"10\")'",
        "Locked, maxLease, '@Locked(name = \"c\", maxLease = \"-1m\")'",
    })
    void durationAttribute_notADuration_errorNamesAnnotationAndAttribute(
            String annotation, String attribute, String annotations) {
        JavaFileObject src = source(
                "Service",
                """
                public class Service {
                    %s
                    public String call(long id) { return ""; }
                }
                """
                        .formatted(annotations));

        assertThat(compile(src))
                .hadErrorContaining("@" + annotation + " " + attribute + " \"")
                .inFile(src)
                .onLineContaining(attribute + " = ");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "Cached, jitter, '@Cached(name = \"c\", jitter = \"forever\")'",
        "Cached, nullTtl, '@Cached(name = \"c\", cacheNull = true, nullTtl = \"forever\")'",
        "Counter, buffer, '@Counter(name = \"c\", buffer = \"forever\")'",
        "Locked, lease, '@Locked(name = \"c\", lease = \"forever\")'",
        "StampedeLock, lease, '@Cached(name = \"c\") @StampedeLock(lease = \"forever\")'",
        "StampedeLock, refreshAhead, '@Cached(name = \"c\") @StampedeLock(refreshAhead = \"forever\")'",
        "StampedeLock, maxLease, '@Cached(name = \"c\") @StampedeLock(maxLease = \"forever\")'",
        "StampedeLock, waitFor, '@Cached(name = \"c\") @StampedeLock(waitFor = \"forever\")'",
        "StampedeLock, keepStale, '@Cached(name = \"c\") @StampedeLock(keepStale = \"forever\")'",
        "Locked, maxLease, '@Locked(name = \"c\", maxLease = \"forever\")'",
        "Locked, waitFor, '@Locked(name = \"c\", waitFor = \"forever\")'",
    })
    void finiteAttribute_forever_error(String annotation, String attribute, String annotations) {
        JavaFileObject src = source(
                "Service",
                """
                public class Service {
                    %s
                    public String call(long id) { return ""; }
                }
                """
                        .formatted(annotations));

        assertThat(compile(src))
                .hadErrorContaining("@" + annotation + " " + attribute + " \"forever\" on Service.call(long) cannot be"
                        + " forever")
                .inFile(src)
                .onLineContaining(attribute + " = \"forever\"");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "Cached, ttl, '@Cached(name = \"c\", ttl = \"0s\")'",
        "Locked, lease, '@Locked(name = \"c\", lease = \"0ms\")'",
        "StampedeLock, lease, '@Cached(name = \"c\") @StampedeLock(lease = \"PT0S\")'",
    })
    void positiveAttribute_zero_error(String annotation, String attribute, String annotations) {
        JavaFileObject src = source(
                "Service",
                """
                public class Service {
                    %s
                    public String call(long id) { return ""; }
                }
                """
                        .formatted(annotations));

        assertThat(compile(src))
                .hadErrorContaining("@" + annotation + " " + attribute)
                .inFile(src)
                .onLineContaining(attribute + " = ");
    }

    @Test
    void durations_everySyntax_compilesWithoutWarnings() {
        JavaFileObject src = source(
                "Service",
                """
                public class Service {
                    @Cached(name = "a", key = "{id}", ttl = "1d", jitter = "0s", cacheNull = true, nullTtl = "PT5M")
                    @StampedeLock(lease = "2h", maxLease = "P1D", waitFor = "0s", refreshAhead = "300ms", keepStale = "0s")
                    public String a(long id) { return ""; }

                    @CachePut(name = "a", key = "{id}", ttl = "1d")
                    @Counter(name = "b", ttl = "P1D", buffer = "10s")
                    @Locked(name = "c", lease = "5m", maxLease = "5m", waitFor = "PT0.5S")
                    public String b(long id) { return ""; }
                }
                """);

        assertThat(compile(src)).succeededWithoutWarnings();
    }
}
