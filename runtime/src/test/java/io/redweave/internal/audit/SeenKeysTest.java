package io.redweave.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenKeysTest {

    @Test
    void add_keyReturnedTwiceBySCAN_countedOnce() {
        SeenKeys seen = new SeenKeys();
        for (int i = 0; i < 200_000; i++) {
            assertThat(seen.add(":1:musics:" + i)).isTrue();
        }

        for (int i = 0; i < 200_000; i += 7) {
            assertThat(seen.add(":1:musics:" + i)).isFalse();
        }

        assertThat(seen.size()).isEqualTo(200_000);
    }
}
