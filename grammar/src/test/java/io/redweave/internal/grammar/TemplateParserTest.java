package io.redweave.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.internal.grammar.TemplatePart.Literal;
import io.redweave.internal.grammar.TemplatePart.Placeholder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts a template parses into, which the processor checks and the runtime compiles. */
class TemplateParserTest {

    @Test
    void parse_literalsAndPaths_givesThePartsInOrder() {
        ParsedTemplate t = TemplateParser.parse("user:{id}:{order.customer.id}");

        assertThat(t.parts())
                .containsExactly(
                        new Literal("user:"),
                        new Placeholder("id", List.of()),
                        new Literal(":"),
                        new Placeholder("order", List.of("customer", "id")));
        assertThat(t.roots()).containsExactly("id", "order");
        assertThat(t.usesResult()).isFalse();
    }

    @Test
    void parse_doubledBraces_areOneLiteralBraceEach() {
        ParsedTemplate t = TemplateParser.parse("{{tenant}}:{id}");

        assertThat(t.parts()).containsExactly(new Literal("{tenant}:"), new Placeholder("id", List.of()));
    }

    @Test
    void parse_resultPlaceholder_marksTheTemplateAsReadingTheResult() {
        ParsedTemplate t = TemplateParser.parse("{result.id}");

        assertThat(t.usesResult()).isTrue();
        assertThat(t.placeholders().get(0).expression()).isEqualTo("result.id");
    }

    @Test
    void defaultFor_parameters_joinsThemWithColons() {
        ParsedTemplate t = ParsedTemplate.defaultFor("find", List.of("id", "page"));

        assertThat(t.source()).isEqualTo("{id}:{page}");
        assertThat(TemplateParser.parse(t.source())).isEqualTo(t);
    }

    @Test
    void defaultFor_noParameters_isTheMethodName() {
        assertThat(ParsedTemplate.defaultFor("all", List.of()).source()).isEqualTo("all");
    }
}
