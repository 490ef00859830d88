package io.redweave.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redweave.processor.Compilations.compile;
import static io.redweave.processor.Compilations.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultTemplateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "@Cached(name = \"c\", key = \"{result.id}\") | the key is rendered before the method runs",
                "@CacheEvict(name = \"c\", key = \"{result}\", beforeInvocation = true)"
                        + " | beforeInvocation = true evicts before the method runs",
                "@Locked(name = \"c\", key = \"{result}\") | the lock is taken before the method runs",
                "@Counter(name = \"c\", key = \"{result}\", on = CountOn.FAILURE)"
                        + " | on = FAILURE counts calls that threw, which have no result",
                "@Counter(name = \"c\", unique = \"{result}\", on = CountOn.ALWAYS)"
                        + " | on = ALWAYS also counts calls that threw, which have no result",
                "@Ranked(board = \"c\", member = \"{result}\", on = CountOn.FAILURE)"
                        + " | on = FAILURE counts calls that threw, which have no result",
            })
    void result_beforeItExists_errorSaysWhy(String annotation, String reason) {
        JavaFileObject src = source(
                "Service",
                """
                public class Service {
                    %s
                    public Long call(long id) { return id; }
                }
                """
                        .formatted(annotation));

        assertThat(compile(src))
                .hadErrorContaining(reason + "; use a parameter instead")
                .inFile(src)
                .onLineContaining(annotation);
    }

    @Test
    void result_onVoidMethod_error() {
        JavaFileObject src = source(
                "Service",
                """
                public class Service {
                    @Counter(
                        name = "saves",
                        key = "{result}")
                    public void save(long id) {}
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@Counter key \"{result}\" on Service.save(long) uses {result}, but the method is"
                        + " void and has no result")
                .inFile(src)
                .onLineContaining("key = \"{result}\"");
    }

    @Test
    void result_unknownProperty_error() {
        JavaFileObject src = source(
                "Service",
                """
                public class Service {
                    public record Music(long id, String title) {}

                    @Cached(name = "musics", key = "{id}")
                    public Music find(long id) { return null; }

                    @CachePut(name = "musics", key = "{result.musicId}")
                    public Music save(String title) { return null; }
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("reads {result.musicId}, but Service.Music has no property musicId")
                .inFile(src)
                .onLineContaining("{result.musicId}");
    }

    @Test
    void result_afterTheCall_compilesWithoutWarnings() {
        JavaFileObject src = source(
                "Service",
                """
                public class Service {
                    public record Music(long id, String url) {}

                    @Cached(name = "musics", key = "{id}")
                    public Music find(long id) { return null; }

                    @CachePut(name = "musics", key = "{result.id}")
                    @CacheEvict(name = "musics", key = "{result.id}")
                    @Counter(name = "saves", key = "{result.id}")
                    @Ranked(board = "top", member = "{result.url}", on = CountOn.SUCCESS)
                    public Music save(String title) { return null; }
                }
                """);

        assertThat(compile(src)).succeededWithoutWarnings();
    }
}
