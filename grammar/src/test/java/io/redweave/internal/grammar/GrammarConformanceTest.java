package io.redweave.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.internal.grammar.conformance.Conformance;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The grammar itself against the conformance table. */
class GrammarConformanceTest {

    static List<Conformance.Case> durations() {
        return Conformance.durations();
    }

    static List<Conformance.Case> templates() {
        return Conformance.templates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("durations")
    void durationParse_tableRow_givesTheValueOrTheMessage(Conformance.Case row) {
        if (row.accepted()) {
            DurationSpec spec = DurationParser.parse(row.text());
            String value = spec.isDefault()
                    ? "default"
                    : spec.isForever() ? "forever" : Long.toString(spec.millis().getAsLong());
            assertThat(value).isEqualTo(row.expected());
        } else {
            assertThatThrownBy(() -> DurationParser.parse(row.text()))
                    .isInstanceOf(GrammarException.class)
                    .hasMessage(row.expected());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void templateParse_tableRow_parsesOrGivesTheMessage(Conformance.Case row) {
        if (row.accepted()) {
            assertThat(TemplateParser.parse(row.text()).source()).isEqualTo(row.text());
        } else {
            assertThatThrownBy(() -> TemplateParser.parse(row.text()))
                    .isInstanceOf(GrammarException.class)
                    .hasMessage(row.expected());
        }
    }

    @Test
    void table_everyRejectedDuration_suggestsAnAcceptedForm() {
        for (Conformance.Case row : durations()) {
            if (!row.accepted()) {
                String suggested = row.expected().replaceAll(".*(?:as in|such as|write|use) ", "");
                String first = suggested.split("[ ,]")[0];
                assertThat(DurationParser.tryParse(first))
                        .as("suggestion in %s", row)
                        .isPresent();
            }
        }
    }
}
