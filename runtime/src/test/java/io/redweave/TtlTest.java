package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.internal.grammar.conformance.Conformance;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TtlTest {

    /** The grammar's table less the two forms that are not a TTL: empty (the default) and zero. */
    static List<Conformance.Case> durations() {
        return Conformance.durations().stream()
                .filter(c -> !c.text().isEmpty() && !c.expected().equals("0"))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("durations")
    void parse_conformanceTable_givesTheLengthOrFailsWithTheTablesMessage(Conformance.Case row) {
        if (row.accepted()) {
            Ttl ttl = Ttl.parse(row.text());
            assertThat(ttl.isForever() ? "forever" : Long.toString(ttl.toMillis()))
                    .isEqualTo(row.expected());
        } else {
            assertThatThrownBy(() -> Ttl.parse(row.text()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("\"%s\" %s", row.text(), row.expected());
        }
    }

    @Test
    void parse_empty_failsSayingWhatToWrite() {
        assertThatThrownBy(() -> Ttl.parse("")).hasMessage("\"\" is empty; give a duration such as 5m, or forever");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "PT0S"})
    void parse_zero_isRejectedAsNotPositive(String text) {
        assertThatThrownBy(() -> Ttl.parse(text)).hasMessageContaining("not positive");
    }

    @Test
    void duration_ofForever_failsWithAHint() {
        assertThatThrownBy(() -> Ttl.FOREVER.duration()).hasMessageContaining("isForever()");
        assertThat(Ttl.of(Duration.ofSeconds(1))).isEqualTo(Ttl.parse("1s"));
    }
}
