package io.redweave.internal.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedweaveException;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTemplateTest {

    record Customer(String name, Address address) {}

    record Address(String city) {}

    static class Bean {
        public String getCode() {
            return "c:1";
        }
    }

    @SuppressWarnings("unused")
    static class Shapes {
        String one(long id) {
            return null;
        }

        String two(String a, int b) {
            return null;
        }

        String none() {
            return null;
        }

        String nested(Customer customer) {
            return null;
        }

        String bean(Bean bean) {
            return null;
        }

        String list(List<String> tags) {
            return null;
        }

        void nothing(long id) {}

        String echo(String result) {
            return result;
        }
    }

    private static Method method(String name) {
        for (Method m : Shapes.class.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new AssertionError(name);
    }

    private static KeyTemplate compile(String template, String method, String... names) {
        return KeyTemplate.compile(template, method(method), names, "@Cached(name=\"t\") on Shapes." + method);
    }

    @Test
    void render_default_joinsEveryParameterWithColons() {
        assertThat(compile("", "two", "a", "b").render(new Object[] {"x", 2}, null))
                .isEqualTo("x:2");
        assertThat(compile("", "none").render(new Object[0], null)).isEqualTo("none");
    }

    @Test
    void render_literalAndPlaceholders_keepsLiteralAndEscapesValues() {
        KeyTemplate t = compile("user-{a}:page-{b}", "two", "a", "b");
        assertThat(t.render(new Object[] {"a:b*", 3}, null)).isEqualTo("user-a%3Ab*:page-3");
    }

    @Test
    void render_nestedRecordAndBeanProperties_readThroughAccessors() {
        assertThat(compile("{customer.address.city}", "nested", "customer")
                        .render(new Object[] {new Customer("n", new Address("Taipei"))}, null))
                .isEqualTo("Taipei");
        assertThat(compile("{bean.code}", "bean", "bean").render(new Object[] {new Bean()}, null))
                .isEqualTo("c%3A1");
    }

    @Test
    void render_nullsAndCollections_areUnambiguous() {
        KeyTemplate t = compile("{customer.address.city}", "nested", "customer");
        assertThat(t.render(new Object[] {new Customer("n", null)}, null)).isEqualTo("%N");
        assertThat(compile("{tags}", "list", "tags").render(new Object[] {List.of("a,b", "c")}, null))
                .isEqualTo("[a%2Cb,c]");
    }

    @Test
    void render_distinctValues_neverRenderAlike() {
        KeyTemplate t = compile("", "two", "a", "b");
        assertThat(t.render(new Object[] {"a:b", 1}, null)).isNotEqualTo(t.render(new Object[] {"a", 1}, null));
        assertThat(t.render(new Object[] {"null", 1}, null)).isNotEqualTo(t.render(new Object[] {null, 1}, null));
        assertThat(t.render(new Object[] {"%3A", 1}, null)).isNotEqualTo(t.render(new Object[] {":", 1}, null));
    }

    @Test
    void compile_unknownParameter_namesTheParametersThatExist() {
        assertThatThrownBy(() -> compile("{ident}", "one", "id"))
                .isInstanceOf(RedweaveException.class)
                .hasMessageContaining("{ident} names no parameter of one; the parameters are [id]");
    }

    @Test
    void compile_withoutParameterNames_saysHowToKeepThem() {
        assertThatThrownBy(() -> compile("{id}", "one", "arg0"))
                .hasMessageContaining("compile it with -parameters or -g");
    }

    @Test
    void compile_resultOnVoid_failsWithAHint() {
        assertThatThrownBy(() -> compile("{result}", "nothing", "id")).hasMessageContaining("returns void");
    }

    @Test
    void compile_badSyntax_failsNamingTheWhereTheTemplateAndTheFix() {
        assertThatThrownBy(() -> compile("{id", "one", "id"))
                .hasMessageStartingWith("@Cached(name=\"t\") on Shapes.one: key template \"{id\" is not a valid"
                        + " template: '{' at position 0 is never closed");
    }

    @Test
    void render_parameterNamedResult_resultStillMeansTheReturnValue() {
        // the processor reads {result} so; the runtime must not key on the parameter instead
        assertThat(compile("{result}", "echo", "result").render(new Object[] {"argument"}, "returned"))
                .isEqualTo("returned");
    }

    @Test
    void usesResult_onlyWhenTheTemplateReadsIt() {
        assertThat(compile("{result}", "one", "id").usesResult()).isTrue();
        assertThat(compile("{id}", "one", "id").usesResult()).isFalse();
    }

    @Test
    void unescape_reversesEscape() {
        String s = "a:b%c,d{e}\nf";
        assertThat(KeyEncoding.unescape(KeyEncoding.escape(s))).isEqualTo(s);
        assertThat(KeyEncoding.escape("plain")).isSameAs("plain");
        assertThat(KeyEncoding.globLiteral("a*b?[c]\\")).isEqualTo("a\\*b\\?\\[c\\]\\\\");
    }
}
