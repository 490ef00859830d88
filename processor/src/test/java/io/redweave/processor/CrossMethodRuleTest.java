package io.redweave.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redweave.processor.Compilations.compile;
import static io.redweave.processor.Compilations.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class CrossMethodRuleTest {

    @Test
    void sameCache_differentValueTypes_errorNamesBothMethods() {
        JavaFileObject src = source(
                "MusicService",
                """
                public class MusicService {
                    @Cached(name = "musics", key = "{id}")
                    public String findTitle(long id) { return ""; }

                    @Cached(
                        name = "musics",
                        key = "count")
                    public Integer count() { return 0; }
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@Cached on MusicService.findTitle(long) stores String in cache \"musics\", but"
                        + " MusicService.count() stores Integer there; keep one value type per cache or give this"
                        + " method a cache of its own")
                .inFile(src)
                .onLineContaining("@Cached(name = \"musics\", key = \"{id}\")");
    }

    @Test
    void sameCache_differentTypeArguments_error() {
        JavaFileObject src = source(
                "MusicService",
                """
                public class MusicService {
                    @Cached(name = "lists", key = "a")
                    public List<String> a() { return null; }

                    @CachePut(name = "lists", key = "a")
                    public List<Integer> b() { return null; }
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@CachePut on MusicService.b() stores List<Integer> in cache \"lists\", but"
                        + " MusicService.a() stores List<String> there")
                .inFile(src)
                .onLineContaining("@CachePut");
    }

    @Test
    void sameCache_primitiveAndBox_compilesWithoutWarnings() {
        JavaFileObject src = source(
                "CountService",
                """
                public class CountService {
                    @Cached(name = "counts", key = "{id}")
                    public long count(long id) { return 0; }

                    @CachePut(name = "counts", key = "{id}")
                    public Long recount(long id) { return 0L; }
                }
                """);

        assertThat(compile(src)).succeededWithoutWarnings();
    }

    @Test
    void counter_plainAndUnique_sameNameCompiles() {
        JavaFileObject src = source(
                "Gallery",
                """
                public class Gallery {
                    @Counter(name = "visitors")
                    public String home() { return ""; }

                    @Counter(name = "visitors", unique = "{visitorId}")
                    public String show(String visitorId) { return ""; }
                }
                """);

        assertThat(compile(src)).succeededWithoutWarnings();
    }

    @Test
    void methodsInSeveralFiles_checkedTogether() {
        JavaFileObject reader = source(
                "Reader",
                """
                public class Reader {
                    @Cached(name = "shared", key = "{id}")
                    public String read(long id) { return ""; }
                }
                """);
        JavaFileObject writer = source(
                "Writer",
                """
                public class Writer {
                    @CachePut(name = "shared", key = "{id}")
                    public Integer write(long id) { return 0; }
                }
                """);

        assertThat(compile(reader, writer))
                .hadErrorContaining("stores Integer in cache \"shared\", but Reader.read(long) stores String there")
                .inFile(writer)
                .onLineContaining("@CachePut");
    }
}
