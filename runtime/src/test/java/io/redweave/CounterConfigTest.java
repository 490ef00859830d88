package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The counter failure policy in configuration. */
class CounterConfigTest {

    @Test
    void builder_byDefault_buffersUpToOneHundredThousandEntries() {
        RedweaveConfig config = RedweaveConfig.builder().build();

        assertThat(config.counterWhenDown()).isEqualTo(RedweaveConfig.CounterWhenDown.BUFFER);
        assertThat(config.counterBufferLimit()).isEqualTo(100_000);
    }

    @Test
    void fromProperties_whenDownAndLimit_areRead() {
        Properties p = new Properties();
        p.setProperty("redweave.counter.when-down", "drop");
        p.setProperty("redweave.counter.buffer-limit", "500");

        RedweaveConfig config = RedweaveConfig.fromProperties(p);

        assertThat(config.counterWhenDown()).isEqualTo(RedweaveConfig.CounterWhenDown.DROP);
        assertThat(config.counterBufferLimit()).isEqualTo(500);
    }

    @Test
    void fromEnvironment_whenDownAndLimit_areRead() {
        RedweaveConfig config = RedweaveConfig.fromEnvironment(
                Map.of("REDWEAVE_COUNTER_WHEN_DOWN", "DROP", "REDWEAVE_COUNTER_BUFFER_LIMIT", "7"));

        assertThat(config.counterWhenDown()).isEqualTo(RedweaveConfig.CounterWhenDown.DROP);
        assertThat(config.counterBufferLimit()).isEqualTo(7);
        assertThat(config.toBuilder().build().counterBufferLimit()).isEqualTo(7);
    }

    @Test
    void counterBufferLimit_zero_failsNamingTheFix() {
        assertThatThrownBy(() -> RedweaveConfig.builder().counterBufferLimit(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counterWhenDown(DROP)");
    }

    @Test
    void fromProperties_unknownPolicy_failsNamingTheProperty() {
        Properties p = new Properties();
        p.setProperty("redweave.counter.when-down", "sometimes");

        assertThatThrownBy(() -> RedweaveConfig.fromProperties(p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redweave.counter.when-down");
    }
}
