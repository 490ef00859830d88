package io.redweave.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnmatchedTallyTest {

    private final UnmatchedTally tally = new UnmatchedTally("shop", 3, 2);

    @ParameterizedTest
    @CsvSource({
        "shop:3:musics:42, shop:3:musics:*",
        "shop:3:musics:42:fr, shop:3:musics:*",
        "shop:counter:views:2025-01-31, shop:counter:views:*",
        "shop:3:just-a-key, shop:3:*",
        "session:abc, session:*",
        "app:user:42:profile, app:user:*",
        "lonely, *"
    })
    void patternOf_key_groupsByNamespace(String key, String pattern) {
        assertThat(tally.patternOf(key)).isEqualTo(pattern);
    }
}
