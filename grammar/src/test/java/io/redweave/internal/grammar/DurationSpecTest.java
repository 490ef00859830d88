package io.redweave.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the processor's report and cross-checks read from a parsed duration. */
class DurationSpecTest {

    @ParameterizedTest
    @CsvSource({"90000,90s", "60000,1m", "86400000,1d", "1500,1500ms", "0,0ms"})
    void format_millis_largestExactUnit(long millis, String text) {
        assertThat(DurationSpec.format(millis)).isEqualTo(text);
    }

    @Test
    void sameLength_sixtySecondsAndPT1M_areEqual() {
        assertThat(DurationParser.parse("60s").sameLength(DurationParser.parse("PT1M")))
                .isTrue();
    }

    @Test
    void display_empty_isDefault() {
        assertThat(DurationParser.parse("").display()).isEqualTo("default");
    }
}
