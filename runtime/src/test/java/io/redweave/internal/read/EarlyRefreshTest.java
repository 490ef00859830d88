package io.redweave.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redweave.fixtures.ClockedRuntime;
import io.redweave.fixtures.FakeClock;
import io.redweave.testing.AllTopologies;
import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.redisson.client.codec.StringCodec;

/**
 * Early refresh keeps a hot key from expiring into a miss. Time is a fake clock: the entries'
 * expiry is read from their envelopes, so moving the clock moves them through their lives while
 * Redis keeps the keys.
 */
class EarlyRefreshTest {

    private final StampedeService service = new StampedeService();
    private final FakeClock clock = new FakeClock();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void xfetch_drawOfOne_neverRecomputesBeforeExpiry() {
        assertThat(EarlyRefresh.xfetch(9_999, 500, 1.0, 10_000, 1.0)).isFalse();
        assertThat(EarlyRefresh.xfetch(10_000, 500, 1.0, 10_000, 1.0)).isTrue();
    }

    @Test
    void xfetch_sameDraw_recomputesEarlierForSlowerLoadsAndHigherBeta() {
        double u = Math.exp(-1); // -ln(u) = 1: recompute once within delta * beta of expiry
        assertThat(EarlyRefresh.xfetch(9_000, 500, 1.0, 10_000, u)).isFalse();
        assertThat(EarlyRefresh.xfetch(9_000, 1_000, 1.0, 10_000, u)).isTrue();
        assertThat(EarlyRefresh.xfetch(9_000, 500, 2.0, 10_000, u)).isTrue();
    }

    @Test
    void inRefreshWindow_onlyInsideTheWindowBeforeExpiry() {
        assertThat(EarlyRefresh.inRefreshWindow(7_999, 10_000, 2_000)).isFalse();
        assertThat(EarlyRefresh.inRefreshWindow(8_000, 10_000, 2_000)).isTrue();
        assertThat(EarlyRefresh.inRefreshWindow(9_000, 10_000, 0)).isFalse();
    }

    @ParameterizedTest
    @AllTopologies
    void feed_steadyLoadAcrossTheExpiry_refreshesOnceInTheBackgroundAndNobodyMisses(RedisServer redis)
            throws Exception {
        try (ClockedRuntime rt = start(redis)) {
            assertThat(call(service::feed)).isEqualTo("feed-1");
            long misses = misses(rt, "feed");

            List<String> seen = new ArrayList<>();
            for (int step = 0; step < 100; step++) { // 10 s of traffic, from 5 s to 15 s after the load
                clock.set(clock.millis() + (step == 0 ? 5_000 : 100));
                seen.addAll(burst(20, service::feed));
                // a refresh takes under 100 ms of the fake clock
                await().pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(1))
                        .until(() -> service.loading.get() == 0);
            }

            assertThat(service.loads).hasValue(2);
            assertThat(misses(rt, "feed")).isEqualTo(misses);
            assertThat(seen).containsOnly("feed-1", "feed-2").contains("feed-2");
        }
    }

    @Test
    void board_hitsApproachingExpiry_oneCallerRecomputesBeforeItExpires() {
        try (ClockedRuntime rt = start(RedisServers.single())) {
            AtomicLong refreshedAt = new AtomicLong();
            service.duringLoad = n -> {
                refreshedAt.set(clock.millis());
                clock.advance(Duration.ofMillis(200)); // each load takes 200 ms: XFetch's delta
            };
            call(service::board);
            long expiresAt = clock.millis() + 10_000;
            long misses = misses(rt, "board");

            for (long now = expiresAt - 3_000; now < expiresAt + 1_000 && service.loads.get() == 1; now += 10) {
                clock.set(now);
                assertThat(call(service::board)).startsWith("board-");
            }

            assertThat(service.loads).hasValue(2);
            assertThat(refreshedAt.get()).isLessThan(expiresAt);
            assertThat(misses(rt, "board")).isEqualTo(misses);
        }
    }

    @Test
    void feed_storedEntry_isAJsonEnvelopeThatTheCacheApiUnwraps() {
        try (ClockedRuntime rt = start(RedisServers.single())) {
            long loadedAt = clock.millis();
            call(service::feed);

            String raw = rt.client()
                    .<String>getBucket(rt.prefix() + ":1:feed:f", StringCodec.INSTANCE)
                    .get();

            assertThat(raw).matches("\\{\"exp\":\\d+,\"delta\":\\d+,\"v\":\"feed-1\"}");
            assertThat(raw).contains("\"exp\":" + (loadedAt + 10_000));
            assertThat(rt.runtime().cache("feed").get("f", String.class)).isEqualTo("feed-1");
        }
    }

    private ClockedRuntime start(RedisServer redis) {
        return ClockedRuntime.start(redis, clock);
    }

    private List<String> burst(int calls, StampedeTest.Call call) throws Exception {
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            tasks.add(call::run);
        }
        List<String> out = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(tasks)) {
            out.add(f.get());
        }
        return out;
    }

    private static long misses(ClockedRuntime rt, String cache) {
        return rt.runtime().metrics().cache(cache).snapshot().misses();
    }

    private static String call(StampedeTest.Call call) {
        return StampedeTest.call(call);
    }
}
