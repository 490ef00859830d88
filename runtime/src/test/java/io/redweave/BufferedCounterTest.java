package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redweave.testing.RedisExtension;
import io.redweave.testing.RedisServer;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @Counter(buffer)}: increments add up in memory and reach Redis at the next flush. What a crash
 * can lose is exactly what is pending: the increments since the last flush.
 */
@ExtendWith(RedisExtension.class)
class BufferedCounterTest {

    private Redweave redweave;
    private final Pages pages = new Pages();

    @BeforeEach
    void start(RedisServer redis) {
        redweave = TestRedweave.start(redis);
    }

    @AfterEach
    void stop() {
        TestRedweave.cleanUpAndClose(redweave);
    }

    @Test
    void buffered_beforeFlush_nothingInRedis_afterFlush_everything() {
        for (int i = 0; i < 1000; i++) {
            pages.viewBuffered();
        }
        Counter buffered = redweave.counter("buffered");
        assertThat(buffered.get()).isZero();

        assertThat(redweave.flushCounters()).isZero();

        assertThat(buffered.get()).isEqualTo(1000);
    }

    @Test
    void buffered_crashAfterFlush_losesOnlyIncrementsSinceTheLastFlush() {
        for (int i = 0; i < 300; i++) {
            pages.viewBuffered();
        }
        redweave.flushCounters();
        for (int i = 0; i < 20; i++) {
            pages.viewBuffered();
        }

        // a crash now: nothing more is sent; Redis holds everything up to the last flush
        var counting = io.redweave.internal.RedweaveRuntime.current().counting();
        assertThat(redweave.counter("buffered").get()).isEqualTo(300);
        assertThat(counting.pending()).isEqualTo(1);
    }

    @Test
    void buffered_interval_flushedWithoutBeingAsked() {
        for (int i = 0; i < 100; i++) {
            pages.viewBufferedOften();
        }

        await().atMost(Duration.ofSeconds(5))
                .until(() -> redweave.counter("buffered-often").get() == 100);
    }

    @Test
    void buffered_close_flushesWhatIsPending() {
        for (int i = 0; i < 50; i++) {
            pages.viewBuffered();
        }
        RedweaveConfig config = redweave.config();

        redweave.close();
        redweave = Redweave.start(config);

        assertThat(redweave.counter("buffered").get()).isEqualTo(50);
    }

    @Test
    void buffered_eightThreadsWhileFlushing_loseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 5000; i++) {
                    pages.viewBuffered();
                    if (i % 1000 == 0) {
                        redweave.flushCounters();
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        redweave.flushCounters();

        assertThat(redweave.counter("buffered").get()).isEqualTo(40_000);
    }
}
