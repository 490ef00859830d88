package io.redweave.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redweave.processor.Compilations.compile;
import static io.redweave.processor.Compilations.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameRuleTest {

    @Test
    void cacheName_withSeparator_errorSuggestsName() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(
                        name = "orders:v2")
                    public String find(long id) { return ""; }
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@Cached name \"orders:v2\" on OrderService.find(long) may hold only letters,"
                        + " digits, '.', '_' and '-'")
                .inFile(src)
                .onLineContaining("name = \"orders:v2\"");
        assertThat(compile(src)).hadErrorContaining("use \"orders.v2\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders*", "order?", "orders[1]", "my orders", "ordérs"})
    void cacheName_globOrOtherCharacter_error(String name) {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(name = "%s")
                    public String find(long id) { return ""; }
                }
                """
                        .formatted(name));

        assertThat(compile(src))
                .hadErrorContaining("@Cached name \"" + name + "\"")
                .inFile(src)
                .onLineContaining("@Cached");
    }

    @Test
    void cacheName_empty_error() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(
                        name = "")
                    public String find(long id) { return ""; }
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@Cached name on OrderService.find(long) is empty; name the cache")
                .inFile(src)
                .onLineContaining("name = \"\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "@Counter(name = \"views:all\")",
                "@Ranked(board = \"top:10\", member = \"{id}\")",
                "@Locked(name = \"pay:out\")",
                "@CachePut(name = \"a:b\")",
                "@CacheEvict(name = \"a:b\")"
            })
    void counterBoardLockAndReferenceNames_withSeparator_error(String annotation) {
        JavaFileObject src = source(
                "Service",
                """
                public class Service {
                    %s
                    public String call(long id) { return ""; }
                }
                """
                        .formatted(annotation));

        assertThat(compile(src))
                .hadErrorContaining("may hold only letters, digits")
                .inFile(src)
                .onLineContaining(annotation);
    }

    @Test
    void repeatedEvictName_withSeparator_errorOnThatAnnotation() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(name = "orders")
                    public String find(long id) { return ""; }

                    @CacheEvict(name = "orders")
                    @CacheEvict(
                        name = "or:ders",
                        allEntries = true)
                    public void save(long id) {}
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@CacheEvict name \"or:ders\" on OrderService.save(long)")
                .inFile(src)
                .onLineContaining("name = \"or:ders\"");
    }
}
