package io.redweave.internal.processor.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.internal.processor.template.TemplatePart.Literal;
import io.redweave.internal.processor.template.TemplatePart.Placeholder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateParserTest {

    @Test
    void parse_literalsAndPlaceholders_keepsThemInOrder() throws Exception {
        KeyTemplate template = TemplateParser.parse("user:{id}:{order.customer.email}");

        assertThat(template.parts())
                .containsExactly(
                        new Literal("user:"),
                        new Placeholder("id", List.of()),
                        new Literal(":"),
                        new Placeholder("order", List.of("customer", "email")));
        assertThat(template.roots()).containsExactly("id", "order");
    }

    @Test
    void parse_literalOnly_hasNoPlaceholders() throws Exception {
        KeyTemplate template = TemplateParser.parse("all");

        assertThat(template.hasPlaceholders()).isFalse();
        assertThat(template.parts()).containsExactly(new Literal("all"));
    }

    @Test
    void parse_result_isMarkedAsResult() throws Exception {
        Placeholder placeholder =
                TemplateParser.parse("{result.id}").placeholders().get(0);

        assertThat(placeholder.isResult()).isTrue();
        assertThat(placeholder.expression()).isEqualTo("result.id");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{id               | 0 | '{' at position 0 is never closed",
                "a{b{c}}           | 1 | '{' at position 1 is never closed",
                "id}               | 2 | '}' at position 2 closes no '{'",
                "{}                | 0 | '{}' at position 0 is an empty placeholder",
                "x{a..b}           | 1 | '{a..b}' at position 1 is not a parameter or property path",
                "{a.}              | 0 | is not a parameter or property path",
                "{ id }            | 0 | is not a parameter or property path",
                "{1st}             | 0 | is not a parameter or property path",
            })
    void parse_malformed_failsWithPositionAndFix(String source, int position, String message) {
        assertThatThrownBy(() -> TemplateParser.parse(source))
                .isInstanceOfSatisfying(TemplateSyntaxException.class, e -> assertThat(e.position())
                        .isEqualTo(position))
                .hasMessageContaining(message);
    }

    @Test
    void defaultFor_parameters_joinsThemWithColons() {
        KeyTemplate template = KeyTemplate.defaultFor("find", List.of("id", "locale"));

        assertThat(template.source()).isEqualTo("{id}:{locale}");
        assertThat(template.roots()).containsExactly("id", "locale");
    }

    @Test
    void defaultFor_noParameters_usesMethodName() {
        KeyTemplate template = KeyTemplate.defaultFor("all", List.of());

        assertThat(template.source()).isEqualTo("all");
        assertThat(template.hasPlaceholders()).isFalse();
    }
}
