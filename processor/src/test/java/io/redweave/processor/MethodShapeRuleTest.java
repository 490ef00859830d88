package io.redweave.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redweave.processor.Compilations.compile;
import static io.redweave.processor.Compilations.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class MethodShapeRuleTest {

    @Test
    void cached_voidMethod_error() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(name = "orders")
                    public void refresh(long id) {}
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@Cached on OrderService.refresh(long) cannot store the result of a void method;"
                        + " return the value to cache or remove @Cached")
                .inFile(src)
                .onLineContaining("@Cached(name = \"orders\")");
    }

    @Test
    void cachePut_voidMethod_error() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(name = "orders")
                    public String find(long id) { return ""; }

                    @CachePut(name = "orders")
                    public void save(long id) {}
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@CachePut on OrderService.save(long) cannot store the result of a void method")
                .inFile(src)
                .onLineContaining("@CachePut");
    }

    @Test
    void stampedeLock_withoutCached_error() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @StampedeLock(waitFor = "5s")
                    public String find(long id) { return ""; }
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@StampedeLock on OrderService.find(long) protects the load of a @Cached method,"
                        + " but the method has no @Cached; add @Cached or remove @StampedeLock")
                .inFile(src)
                .onLineContaining("@StampedeLock");
    }

    @Test
    void cached_abstractMethod_errorSaysAnnotateImplementation() {
        JavaFileObject src = source(
                "OrderService",
                """
                public abstract class OrderService {
                    @Cached(name = "orders")
                    public abstract String find(long id);
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@Cached on OrderService.find(long) cannot be woven: the method is abstract;"
                        + " annotate the implementing method instead")
                .inFile(src)
                .onLineContaining("@Cached");
    }

    @Test
    void counter_interfaceMethodWithoutBody_error() {
        JavaFileObject src = source(
                "OrderRepository",
                """
                public interface OrderRepository {
                    @Counter(name = "finds")
                    String find(long id);
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@Counter on OrderRepository.find(long) cannot be woven: the method is an interface"
                        + " method without a body; annotate the implementing method instead")
                .inFile(src)
                .onLineContaining("@Counter");
    }

    @Test
    void privateStaticAndDefaultMethods_compileWithoutWarnings() {
        JavaFileObject service = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(name = "orders", key = "{id}")
                    private String find(long id) { return ""; }

                    @Counter(name = "calls")
                    static int count() { return 0; }
                }
                """);
        JavaFileObject api = source(
                "OrderApi",
                """
                public interface OrderApi {
                    @Locked(name = "orders")
                    default void pay() {}
                }
                """);

        assertThat(compile(service, api)).succeededWithoutWarnings();
    }
}
