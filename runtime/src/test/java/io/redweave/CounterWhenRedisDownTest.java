package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Counters while Redis is stopped, on a dedicated node that keeps its data across the stop (append-only
 * file), so what is counted before, during and after the outage can be added up.
 */
class CounterWhenRedisDownTest {

    private static final Duration FLUSHED_WITHIN = Duration.ofSeconds(20);

    private RedisServer redis;
    private Redweave redweave;
    private final Pages pages = new Pages();

    @BeforeEach
    void startRedis() {
        redis = RedisServers.startDedicated("--appendonly", "yes", "--appendfsync", "always");
    }

    @AfterEach
    void stop() {
        if (redweave != null) {
            redweave.close();
        }
        redis.stop();
    }

    @Test
    void count_redisStoppedWithBufferPolicy_methodReturnsAndIncrementsLandWhenBack() {
        redweave = start(RedweaveConfig.CounterWhenDown.BUFFER, 100);
        count(10);

        redis.stop();
        long degradedBefore = redweave.degradedCalls();
        count(25);
        assertThat(redweave.degradedCalls() - degradedBefore).isEqualTo(25 * 3);
        redis.start();

        await().atMost(FLUSHED_WITHIN).until(() -> redweave.flushCounters() == 0);
        Counter views = redweave.counter("views");
        assertThat(views.get()).isEqualTo(35);
        assertThat(redweave.leaderboard("vote").score("a")).hasValue(35);
        assertThat(redweave.counter("by-five").get("p1")).isEqualTo(35 * 5);
    }

    @Test
    void count_redisStoppedWithDropPolicy_methodReturnsAndIncrementsAreLost() {
        redweave = start(RedweaveConfig.CounterWhenDown.DROP, 100);
        count(10);

        redis.stop();
        count(25);
        redis.start();

        await().atMost(FLUSHED_WITHIN)
                .ignoreExceptions()
                .until(() -> redweave.counter("views").get() == 10);
        count(1);
        assertThat(redweave.counter("views").get()).isEqualTo(11);
        assertThat(redweave.leaderboard("vote").score("a")).hasValue(11);
    }

    @Test
    void count_redisStoppedBeyondBufferLimit_keepsUpToTheLimitAndDropsTheRest() {
        redweave = start(RedweaveConfig.CounterWhenDown.BUFFER, 3);
        redis.stop();
        for (int page = 0; page < 5; page++) {
            pages.weighted("p" + page);
            pages.weighted("p" + page);
        }
        redis.start();

        await().atMost(FLUSHED_WITHIN).until(() -> redweave.flushCounters() == 0);
        Counter byFive = redweave.counter("by-five");
        assertThat(byFive.get("p0") + byFive.get("p1") + byFive.get("p2")).isEqualTo(30);
        assertThat(byFive.get("p3") + byFive.get("p4")).isZero();
    }

    @Test
    void buffered_redisStoppedAtFlush_incrementsKeptUntilItIsBack() {
        redweave = start(RedweaveConfig.CounterWhenDown.BUFFER, 100);
        for (int i = 0; i < 40; i++) {
            pages.viewBuffered();
        }

        redis.stop();
        assertThat(redweave.flushCounters()).isEqualTo(1);
        redis.start();

        await().atMost(FLUSHED_WITHIN).until(() -> redweave.flushCounters() == 0);
        assertThat(redweave.counter("buffered").get()).isEqualTo(40);
    }

    private Redweave start(RedweaveConfig.CounterWhenDown policy, int limit) {
        return Redweave.start(RedweaveConfig.builder()
                .redisUrl(redis.uri())
                .timeout(Duration.ofMillis(300))
                .connectTimeout(Duration.ofMillis(300))
                .circuitBreaker(2, Duration.ofMillis(200))
                .counterWhenDown(policy)
                .counterBufferLimit(limit)
                .weavingCheck(RedweaveConfig.WeavingCheck.OFF)
                .build());
    }

    private void count(int calls) {
        for (int i = 0; i < calls; i++) {
            assertThat(pages.view()).isEqualTo("page");
            pages.vote("a");
            pages.weighted("p1");
        }
    }
}
