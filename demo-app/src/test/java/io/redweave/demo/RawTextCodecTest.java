package io.redweave.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedweaveConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawTextCodecTest {

    private final RawTextCodec codec =
            new RawTextCodec(RedweaveConfig.builder().build().codec());

    @Test
    void encode_jsonDocument_isStoredAsItsOwnBytes() throws Exception {
        byte[] bytes = codec.encode("[{\"id\":1}]");

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("[{\"id\":1}]");
        assertThat(codec.decode(bytes, String.class)).isEqualTo("[{\"id\":1}]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "\"quoted\"", "null", "", "[not closed"})
    void roundTrip_anyString_comesBackEqual(String value) throws Exception {
        assertThat(codec.decode(codec.encode(value), String.class)).isEqualTo(value);
    }

    @Test
    void roundTrip_nullAndOtherTypes_goThroughJson() throws Exception {
        assertThat(codec.decode(codec.encode(null), String.class)).isNull();
        assertThat(new String(codec.encode(42L), StandardCharsets.UTF_8)).isEqualTo("42");
        assertThat(codec.decode(codec.encode(List.of(1, 2)), List.class)).isEqualTo(List.of(1, 2));
    }
}
