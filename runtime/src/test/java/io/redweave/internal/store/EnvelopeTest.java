package io.redweave.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

    @Test
    void wrap_jsonValue_givesJsonThatParsesBack() {
        byte[] value = "{\"id\":7,\"title\":\"Blue\"}".getBytes(StandardCharsets.UTF_8);

        byte[] stored = Envelope.wrap(value, 1_764_073_474_000L, 203);
        Envelope parsed = Envelope.parse(stored);

        assertThat(new String(stored, StandardCharsets.UTF_8))
                .isEqualTo("{\"exp\":1764073474000,\"delta\":203,\"v\":{\"id\":7,\"title\":\"Blue\"}}");
        assertThat(parsed.expiresAt()).isEqualTo(1_764_073_474_000L);
        assertThat(parsed.deltaMillis()).isEqualTo(203);
        assertThat(parsed.value()).isEqualTo(value);
    }

    @Test
    void parse_plainValues_areNotEnvelopes() {
        assertThat(Envelope.parse(bytes("{\"exp\":\"soon\",\"v\":1}"))).isNull();
        assertThat(Envelope.parse(bytes("{\"exp\":12,\"v\":1}"))).isNull();
        assertThat(Envelope.parse(bytes("{\"exp\":12,\"delta\":3,\"v\":"))).isNull();
        assertThat(Envelope.parse(bytes("[1,2,3]"))).isNull();
        assertThat(Envelope.parse(new byte[0])).isNull();
    }

    @Test
    void valueOf_plainValue_isReturnedAsItIs() {
        byte[] plain = bytes("\"hello\"");

        assertThat(Envelope.valueOf(plain)).isSameAs(plain);
        assertThat(Envelope.valueOf(Envelope.wrap(plain, 5, 0))).isEqualTo(plain);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
