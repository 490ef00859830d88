package io.redweave.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacerTest {

    private long now = 1_000_000_000L;
    private final List<Long> sleeps = new ArrayList<>();
    private final Pacer.Sleeper sleeper = nanos -> {
        sleeps.add(nanos);
        now += nanos;
    };

    @Test
    void await_fiftyPerSecond_eachCallTwentyMillisAfterTheLast() throws Exception {
        Pacer pacer = new Pacer(50, () -> now, sleeper);

        for (int i = 0; i < 11; i++) {
            pacer.await();
        }

        assertThat(sleeps).hasSize(10).allMatch(n -> n == 20_000_000L);
        assertThat(now).isEqualTo(1_000_000_000L + 200_000_000L);
    }

    @Test
    void await_afterASlowCall_noBurstToCatchUp() throws Exception {
        Pacer pacer = new Pacer(50, () -> now, sleeper);
        pacer.await();
        now += 500_000_000L; // one call took half a second

        pacer.await();
        pacer.await();

        assertThat(sleeps).containsExactly(20_000_000L);
    }

    @Test
    void await_noBound_neverSleeps() throws Exception {
        Pacer pacer = new Pacer(0, () -> now, sleeper);

        for (int i = 0; i < 100; i++) {
            pacer.await();
        }

        assertThat(sleeps).isEmpty();
    }
}
