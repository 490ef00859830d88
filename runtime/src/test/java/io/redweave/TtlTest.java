package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TtlTest {

    @ParameterizedTest
    @CsvSource({
        "300ms,300",
        "10s,10000",
        "5m,300000",
        "2h,7200000",
        "1d,86400000",
        "PT5M,300000",
        "pt1s,1000",
        "+PT5M,300000",
        "P1D,86400000"
    })
    void parse_acceptedForms_giveTheDuration(String text, long millis) {
        assertThat(Ttl.parse(text).toMillis()).isEqualTo(millis);
    }

    @ParameterizedTest
    @ValueSource(strings = {"forever", "FOREVER", " forever "})
    void parse_forever_neverExpires(String text) {
        assertThat(Ttl.parse(text).isForever()).isTrue();
        assertThat(Ttl.parse(text).toMillis()).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5x", "", "ten seconds", "-5s", "P", "5 m"})
    void parse_badText_failsNamingTheTextAndTheFix(String text) {
        assertThatThrownBy(() -> Ttl.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"")
                .hasMessageContaining("use 300ms, 10s, 5m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "PT0S"})
    void parse_zero_isRejectedAsNotPositive(String text) {
        assertThatThrownBy(() -> Ttl.parse(text)).hasMessageContaining("not positive");
    }

    @org.junit.jupiter.api.Test
    void duration_ofForever_failsWithAHint() {
        assertThatThrownBy(() -> Ttl.FOREVER.duration()).hasMessageContaining("isForever()");
        assertThat(Ttl.of(Duration.ofSeconds(1))).isEqualTo(Ttl.parse("1s"));
    }
}
