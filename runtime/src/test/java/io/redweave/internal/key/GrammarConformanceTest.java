package io.redweave.internal.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedweaveException;
import io.redweave.internal.grammar.conformance.Conformance;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grammar's conformance table through the runtime's own parse, which load-time weaving relies
 * on when no processor ran: the annotation durations as the advice reads them, and the key templates
 * compiled against a method and rendered for one call. The processor's tests run the same table
 * through compiled annotations.
 */
class GrammarConformanceTest {

    record Customer(String id, String name) {}

    record Order(long id, Customer customer) {}

    @SuppressWarnings("unused")
    static class Shop {
        Order save(long id, String name, Order order) {
            return order;
        }
    }

    private static final String WHERE = "@CachePut(name=\"t\") on Shop.save(long, String, Order)";
    private static final Object[] ARGS = {42L, "Ada:Lovelace", new Order(7, new Customer("c-1", "Grace"))};
    private static final Order RESULT = new Order(9, new Customer("c-2", "Edsger"));

    static List<Conformance.Case> durations() {
        return Conformance.durations();
    }

    static List<Conformance.Case> templates() {
        return Conformance.templates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("durations")
    void durationAttribute_tableRow_givesTheLengthOrFailsWithTheTablesMessage(Conformance.Case row) {
        if (row.accepted()) {
            // a ttl may be forever and a jitter zero: between them they take every accepted length
            long fallback = -2;
            long millis = row.expected().equals("forever")
                    ? DurationAttributes.ttl(row.text(), fallback, WHERE, "ttl")
                    : DurationAttributes.length(row.text(), fallback, WHERE, "jitter");
            String value = millis == fallback
                    ? "default"
                    : millis == DurationAttributes.FOREVER ? "forever" : Long.toString(millis);
            assertThat(value).isEqualTo(row.expected());
        } else {
            assertThatThrownBy(() -> DurationAttributes.ttl(row.text(), -2, WHERE, "ttl"))
                    .isInstanceOf(RedweaveException.class)
                    .hasMessage("%s ttl \"%s\" %s", WHERE, row.text(), row.expected());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void keyTemplate_tableRow_rendersTheKeyOrFailsWithTheTablesMessage(Conformance.Case row) throws Exception {
        var method = Shop.class.getDeclaredMethod("save", long.class, String.class, Order.class);
        String[] names = {"id", "name", "order"};
        if (row.accepted()) {
            KeyTemplate template = KeyTemplate.compile(row.text(), method, names, WHERE);
            assertThat(template.render(ARGS, RESULT)).isEqualTo(row.expected());
        } else {
            assertThatThrownBy(() -> KeyTemplate.compile(row.text(), method, names, WHERE))
                    .isInstanceOf(RedweaveException.class)
                    .hasMessage(
                            "%s: key template \"%s\" is not a valid template: %s", WHERE, row.text(), row.expected());
        }
    }
}
