package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.testing.AllTopologies;
import io.redweave.testing.RedisServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;

/** {@code @Counter} and the {@link Counter} handle, against a single node and a cluster. */
@ParameterizedClass
@AllTopologies
class CounterBehaviourTest {

    private static final int THREADS = 8;
    private static final int CALLS = 250;

    @Parameter
    RedisServer redis;

    private Redweave redweave;
    private final Pages pages = new Pages();

    @BeforeEach
    void start() {
        redweave = TestRedweave.start(redis);
    }

    @AfterEach
    void stop() {
        TestRedweave.cleanUpAndClose(redweave);
    }

    @Test
    void count_nThreadsTimesMCalls_countsExactlyNTimesM() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < CALLS; i++) {
                        pages.view();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(redweave.counter("views").get()).isEqualTo((long) THREADS * CALLS);
    }

    @Test
    void count_windowedCounter_ttlSetByFirstIncrementAndNotExtended() {
        pages.viewOn("2025-01-31");
        String key = redweave.counter("daily").redisKey("2025-01-31");
        long first = pttl(key);
        pages.viewOn("2025-01-31");
        pages.viewOn("2025-01-31");

        assertThat(first).isBetween(86_400_000L - 60_000, 86_400_000L);
        assertThat(pttl(key)).isPositive().isLessThanOrEqualTo(first);
        assertThat(redweave.counter("daily").get("2025-01-31")).isEqualTo(3);
    }

    @Test
    void count_windowedCounterLeftWithoutExpiry_getsItsWindowAgain() {
        Counter daily = redweave.counter("daily");
        daily.incr("2025-02-01", 1);
        assertThat(pttl(daily.redisKey("2025-02-01"))).isEqualTo(-1);

        pages.viewOn("2025-02-01");

        assertThat(pttl(daily.redisKey("2025-02-01"))).isBetween(86_400_000L - 60_000, 86_400_000L);
        assertThat(daily.get("2025-02-01")).isEqualTo(2);
    }

    @Test
    void count_keyedCounterWithBy_addsByPerRenderedKey() {
        pages.weighted("home");
        pages.weighted("home");
        pages.weighted("a:b");

        assertThat(redweave.counter("by-five").get("home")).isEqualTo(10);
        assertThat(redweave.counter("by-five").get("a:b")).isEqualTo(5);
        assertThat(redweave.counter("by-five").redisKey("a:b"))
                .isEqualTo(redweave.config().keyPrefix() + ":counter:by-five:a%3Ab");
    }

    @Test
    void count_onFailure_countsOnlyCallsThatThrow() {
        pages.fail(false);
        assertThatThrownBy(() -> pages.fail(true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pages.fail(true)).isInstanceOf(IllegalStateException.class);

        assertThat(redweave.counter("failures").get()).isEqualTo(2);
    }

    @Test
    void count_cachedMethodAnsweredFromCache_stillCounts() {
        pages.cachedShow(7);
        pages.cachedShow(7);
        pages.cachedShow(7);

        assertThat(pages.loads).hasValue(1);
        assertThat(redweave.counter("picture-views").get()).isEqualTo(3);
    }

    @Test
    void clear_everyCache_leavesCountersUniquesAndBoards() {
        pages.visit("d1", "alice");
        pages.vote("a");
        pages.cachedShow(1);

        redweave.cache().clear();
        redweave.cache("pictures").clear();

        assertThat(redweave.counter("visitors").get("d1")).isEqualTo(1);
        assertThat(redweave.counter("visitors").unique("d1")).isEqualTo(1);
        assertThat(redweave.leaderboard("vote").score("a")).hasValue(1);
    }

    @Test
    void handle_incrGetReset_readsAndWritesTheSameKeyAsTheAnnotation() {
        pages.view();
        Counter views = redweave.counter("views");

        assertThat(views.incr()).isEqualTo(2);
        assertThat(views.incr(10)).isEqualTo(12);
        assertThat(views.get()).isEqualTo(12);
        views.reset();
        assertThat(views.get()).isZero();
        assertThat(views.get("never-counted")).isZero();
    }

    @Test
    void handle_incrWithWindow_setsTtlOnlyOnce() {
        Counter c = redweave.counter("manual");
        c.incr("w", 1, Ttl.parse("10m"));
        long first = pttl(c.redisKey("w"));
        c.incr("w", 1, Ttl.parse("1d"));

        assertThat(first).isBetween(540_000L, 600_000L);
        assertThat(pttl(c.redisKey("w"))).isLessThanOrEqualTo(first);
        assertThat(c.get("w")).isEqualTo(2);
    }

    @Test
    void handle_resetKey_deletesCounterAndDistinctValues() {
        pages.visit("d2", "alice");
        pages.visit("d2", "bob");
        Counter visitors = redweave.counter("visitors");

        visitors.reset("d2");

        assertThat(visitors.get("d2")).isZero();
        assertThat(visitors.unique("d2")).isZero();
    }

    @Test
    void count_badTemplate_failsNamingTheMethod() {
        assertThatThrownBy(() -> pages.badTemplate("home"))
                .isInstanceOf(RedweaveException.class)
                .hasMessageContaining("Pages.badTemplate(String)")
                .hasMessageContaining("{nope}");
    }

    @Test
    void count_resultKeyCountingFailures_failsNamingTheFix() {
        assertThatThrownBy(pages::resultOnFailure)
                .isInstanceOf(RedweaveException.class)
                .hasMessageContaining("Pages.resultOnFailure()")
                .hasMessageContaining("use on = SUCCESS");
    }

    @Test
    void count_keyHoldsAnotherType_methodStillReturnsAndCallIsDegraded() {
        String key = redweave.counter("views").redisKey(null);
        redweave.redisson().getMap(key).fastPut("not", "a counter");
        long degraded = redweave.degradedCalls();

        assertThat(pages.view()).isEqualTo("page");

        assertThat(redweave.degradedCalls()).isEqualTo(degraded + 1);
        assertThat(redweave.flushCounters()).isZero();
    }

    @Test
    void counter_invalidName_failsNamingIt() {
        assertThatThrownBy(() -> redweave.counter("a:b"))
                .isInstanceOf(RedweaveException.class)
                .hasMessageContaining("\"a:b\"");
    }

    private long pttl(String key) {
        return redweave.redisson().getKeys().remainTimeToLive(key);
    }
}
