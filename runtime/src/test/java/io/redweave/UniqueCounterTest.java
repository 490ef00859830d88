package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.testing.AllTopologies;
import io.redweave.testing.RedisServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;

/** {@code @Counter(unique)}: distinct visitors with a HyperLogLog, against a single node and a cluster. */
@ParameterizedClass
@AllTopologies
class UniqueCounterTest {

    private static final int VISITORS = 100_000;
    /** Three standard errors of Redis's HyperLogLog (0.81 % each). */
    private static final double TOLERANCE = 3 * 0.0081;

    @Parameter
    RedisServer redis;

    private Redweave redweave;
    private final Pages pages = new Pages();

    @BeforeEach
    void start() {
        // every distinct value buffered is one entry: room for all of them plus the counter
        redweave = TestRedweave.start(redis, b -> b.counterBufferLimit(2 * VISITORS));
    }

    @AfterEach
    void stop() {
        TestRedweave.cleanUpAndClose(redweave);
    }

    @Test
    void unique_distinctVisitors_withinHyperLogLogError() {
        for (int i = 0; i < VISITORS; i++) {
            pages.visitBuffered("visitor-" + i);
        }
        assertThat(redweave.flushCounters()).isZero();

        Counter visitors = redweave.counter("visitors-buffered");
        assertThat(visitors.get()).isEqualTo(VISITORS);
        assertThat(visitors.unique())
                .isCloseTo(VISITORS, org.assertj.core.data.Offset.offset((long) (VISITORS * TOLERANCE)));
    }

    @Test
    void unique_visitorRepeats_distinctCountDoesNotMove() {
        for (int i = 0; i < 1000; i++) {
            pages.visit("d", "visitor-" + i);
        }
        Counter visitors = redweave.counter("visitors");
        long before = visitors.unique("d");

        for (int f5 = 0; f5 < 50; f5++) {
            pages.visit("d", "visitor-7");
        }

        assertThat(visitors.unique("d")).isEqualTo(before);
        assertThat(visitors.get("d")).isEqualTo(1050);
    }

    @Test
    void unique_fewVisitors_countsExactly() {
        pages.visit("d", "alice");
        pages.visit("d", "bob");
        pages.visit("d", "alice");

        assertThat(redweave.counter("visitors").unique("d")).isEqualTo(2);
        assertThat(redweave.counter("visitors").get("d")).isEqualTo(3);
    }
}
