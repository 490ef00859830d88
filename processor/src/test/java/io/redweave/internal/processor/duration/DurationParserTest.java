package io.redweave.internal.processor.duration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationParserTest {

    @ParameterizedTest
    @CsvSource({
        "300ms, 300",
        "10s, 10000",
        "5m, 300000",
        "2h, 7200000",
        "1d, 86400000",
        "0s, 0",
        "PT5M, 300000",
        "P1D, 86400000",
        "PT0.5S, 500",
        "pt1h, 3600000"
    })
    void parse_fixedLength_givesMillis(String text, long millis) {
        DurationSpec spec = DurationParser.parse(text).orElseThrow();

        assertThat(spec.form()).isEqualTo(DurationSpec.Form.FIXED);
        assertThat(spec.millis()).hasValue(millis);
        assertThat(spec.display()).isEqualTo(text);
    }

    @Test
    void parse_forever_isForever() {
        assertThat(DurationParser.parse("forever").orElseThrow().isForever()).isTrue();
    }

    @Test
    void parse_empty_isTheConfiguredDefault() {
        DurationSpec spec = DurationParser.parse("").orElseThrow();

        assertThat(spec.isDefault()).isTrue();
        assertThat(spec.display()).isEqualTo("default");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "5x",
                "5",
                "5 m",
                "5M",
                "-5m",
                "PT-5M",
                "1w",
                "P1M",
                "P1Y",
                "Forever",
                "m",
                "99999999999999999999d"
            })
    void parse_notADuration_isEmpty(String text) {
        assertThat(DurationParser.parse(text)).isEmpty();
    }

    @Test
    void sameLength_differentSpelling_isTrue() {
        DurationSpec seconds = DurationParser.parse("60s").orElseThrow();
        DurationSpec iso = DurationParser.parse("PT1M").orElseThrow();

        assertThat(seconds.sameLength(iso)).isTrue();
        assertThat(seconds.sameLength(DurationParser.parse("forever").orElseThrow()))
                .isFalse();
    }
}
