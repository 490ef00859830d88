package io.redweave.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redweave.processor.Compilations.compile;
import static io.redweave.processor.Compilations.source;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class TemplateRuleTest {

    private static final JavaFileObject ORDER = JavaFileObjects.forSourceString(
            "shop.Order",
            """
            package shop;

            public class Order {
                public String region;
                String sameShopOnly;
                private String hidden;
                public long getId() { return 0; }
                public boolean isPaid() { return false; }
                public Customer getCustomer() { return null; }
                public String describe() { return ""; }
            }
            """);

    private static final JavaFileObject CUSTOMER = JavaFileObjects.forSourceString(
            "shop.Customer",
            """
            package shop;

            public record Customer(long id, String email) {}
            """);

    @Test
    void key_unknownParameter_errorListsParameters() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(
                        name = "orders",
                        key = "{orderId}")
                    public String find(long id, String region) { return ""; }
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@Cached key \"{orderId}\" on OrderService.find(long, String) names {orderId},"
                        + " but the method has no parameter orderId; use one of: id, region")
                .inFile(src)
                .onLineContaining("key = \"{orderId}\"");
    }

    @Test
    void key_parameterOnMethodWithoutParameters_error() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(name = "orders", key = "{id}")
                    public String all() { return ""; }
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("names {id}, but the method has no parameters; use literal text")
                .inFile(src)
                .onLineContaining("key = \"{id}\"");
    }

    @Test
    void key_unknownProperty_errorListsProperties() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(
                        name = "orders",
                        key = "{order.total}")
                    public String find(Order order) { return ""; }
                }
                """);

        assertThat(compile(src, ORDER, CUSTOMER))
                .hadErrorContaining("@Cached key \"{order.total}\" on OrderService.find(Order) reads {order.total},"
                        + " but Order has no property total (no getter, record component or accessible field of that"
                        + " name); use one of: customer, id, paid, region, sameShopOnly")
                .inFile(src)
                .onLineContaining("key = \"{order.total}\"");
    }

    @Test
    void key_nestedUnknownProperty_errorNamesTheInnerType() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(name = "orders", key = "{order.customer.name}")
                    public String find(Order order) { return ""; }
                }
                """);

        assertThat(compile(src, ORDER, CUSTOMER))
                .hadErrorContaining("but Customer has no property name")
                .inFile(src)
                .onLineContaining("{order.customer.name}");
    }

    @Test
    void key_gettersRecordComponentsAndFields_compileWithoutWarnings() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(name = "orders", key = "{order.id}:{order.paid}:{order.customer.email}:{order.region}:"
                            + "{order.sameShopOnly}")
                    public String find(Order order) { return ""; }

                    @Cached(name = "customers", key = "{orders.first.customer.id}:{ids.empty}")
                    public String first(LinkedList<Order> orders, List<Long> ids) { return ""; }
                }
                """);

        assertThat(compile(src, ORDER, CUSTOMER)).succeededWithoutWarnings();
    }

    @Test
    void key_privateFieldOrPlainMethod_error() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(name = "orders", key = "{order.hidden}")
                    public String find(Order order) { return ""; }

                    @Cached(name = "described", key = "{order.describe}")
                    public String describe(Order order) { return ""; }
                }
                """);

        assertThat(compile(src, ORDER, CUSTOMER))
                .hadErrorContaining("has no property hidden")
                .inFile(src)
                .onLineContaining("{order.hidden}");
        assertThat(compile(src, ORDER, CUSTOMER))
                .hadErrorContaining("has no property describe")
                .inFile(src)
                .onLineContaining("{order.describe}");
    }

    @Test
    void key_propertyOfPrimitive_errorSaysUseItself() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(name = "orders", key = "{id.value}")
                    public String find(long id) { return ""; }
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("reads {id.value}, but long has no readable property; use {id} itself")
                .inFile(src)
                .onLineContaining("{id.value}");
    }

    @Test
    void key_unclosedBrace_syntaxError() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(
                        name = "orders",
                        key = "user:{id")
                    public String find(long id) { return ""; }
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@Cached key \"user:{id\" on OrderService.find(long) is not a valid template:"
                        + " '{' at position 5 is never closed; close the placeholder with '}'")
                .inFile(src)
                .onLineContaining("key = \"user:{id\"");
    }

    @Test
    void key_strayClosingBrace_syntaxError() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(name = "orders", key = "id}")
                    public String find(long id) { return ""; }
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("'}' at position 2 closes no '{'")
                .inFile(src)
                .onLineContaining("key = \"id}\"");
    }

    @Test
    void key_emptyPlaceholder_syntaxError() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Locked(
                        name = "orders",
                        key = "a{}")
                    public void pay(long id) {}
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@Locked key \"a{}\" on OrderService.pay(long) is not a valid template: '{}' at"
                        + " position 1 is an empty placeholder")
                .inFile(src)
                .onLineContaining("key = \"a{}\"");
    }

    @Test
    void key_malformedPath_syntaxError() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Counter(name = "orders", key = "{order..id}")
                    public void pay(long order) {}
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("'{order..id}' at position 0 is not a parameter or property path")
                .inFile(src)
                .onLineContaining("{order..id}");
    }

    @Test
    void rankedMember_empty_error() {
        JavaFileObject src = source(
                "Gallery",
                """
                public class Gallery {
                    @Ranked(
                        board = "images",
                        member = "")
                    public String show(long id) { return ""; }
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@Ranked member on Gallery.show(long) is empty; name the member")
                .inFile(src)
                .onLineContaining("member = \"\"");
    }

    @Test
    void counterUnique_unknownParameter_error() {
        JavaFileObject src = source(
                "Gallery",
                """
                public class Gallery {
                    @Counter(
                        name = "visitors",
                        unique = "{visitor}")
                    public String show(long id, String visitorId) { return ""; }
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@Counter unique \"{visitor}\" on Gallery.show(long, String) names {visitor}")
                .inFile(src)
                .onLineContaining("unique = \"{visitor}\"");
    }

    @Test
    void repeatedEvictKey_unknownParameter_errorOnThatAnnotation() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(name = "orders")
                    public String find(long id) { return ""; }
                    @Cached(name = "order-lists")
                    public String all() { return ""; }

                    @CacheEvict(name = "order-lists", allEntries = true)
                    @CacheEvict(name = "orders", key = "{orderId}")
                    public void save(long id) {}
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@CacheEvict key \"{orderId}\" on OrderService.save(long) names {orderId}")
                .inFile(src)
                .onLineContaining("key = \"{orderId}\"");
    }
}
