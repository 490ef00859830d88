package io.redweave.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.redweave.LockTimeoutException;
import io.redweave.RedweaveException;
import io.redweave.fixtures.ClockedRuntime;
import io.redweave.fixtures.FakeClock;
import io.redweave.fixtures.FakeTicker;
import io.redweave.internal.lock.Lease;
import io.redweave.internal.lock.LeaseTerms;
import io.redweave.testing.AllTopologies;
import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * {@code @StampedeLock} inside one JVM, through the woven advice, against a real Redis. The runtime's
 * ticker is fake: a wait ends only when a test moves it, never because the machine was slow.
 */
class StampedeTest {

    private static final LeaseTerms TERMS = new LeaseTerms(30_000, 300_000);

    private final StampedeService service = new StampedeService();
    private final FakeClock clock = new FakeClock();
    private final FakeTicker ticker = new FakeTicker();
    private final ExecutorService pool = Executors.newFixedThreadPool(50);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @ParameterizedTest
    @AllTopologies
    void menu_fiftyCallersMissTogether_loadsOnceAndEveryCallerGetsTheValue(RedisServer redis) throws Exception {
        try (ClockedRuntime rt = start(redis)) {
            AtomicInteger arrived = new AtomicInteger();
            service.duringLoad = n -> await().atMost(Duration.ofSeconds(10)).until(() -> arrived.get() == 50);

            List<CompletableFuture<String>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                calls.add(CompletableFuture.supplyAsync(
                        () -> {
                            arrived.incrementAndGet();
                            return call(() -> service.menu("mon"));
                        },
                        pool));
            }

            assertThat(calls)
                    .allSatisfy(c -> assertThat(c.get(10, TimeUnit.SECONDS)).isEqualTo("menu-1"));
            assertThat(service.loads).hasValue(1);
        }
    }

    @ParameterizedTest
    @AllTopologies
    void menu_loadThrows_releasesTheLockAtOnceAndTheCallerGetsTheException(RedisServer redis) {
        try (ClockedRuntime rt = start(redis)) {
            service.duringLoad = n -> {
                throw new IllegalStateException("database down");
            };

            assertThatThrownBy(() -> service.menu("tue")).hasMessage("database down");
            assertThat(rt.client().getKeys().countExists(rt.prefix() + ":lock:menu:tue"))
                    .isZero();
        }
    }

    @Test
    void menu_loadThrowsWhileOthersWait_noCallerHangsPastTheWait() throws Exception {
        try (ClockedRuntime rt = start(RedisServers.single())) {
            AtomicInteger arrived = new AtomicInteger();
            service.duringLoad = n -> {
                await().atMost(Duration.ofSeconds(10)).until(() -> arrived.get() == 20);
                if (n == 1) {
                    throw new IllegalStateException("database down");
                }
            };
            List<CompletableFuture<String>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(CompletableFuture.supplyAsync(
                        () -> {
                            arrived.incrementAndGet();
                            return call(() -> service.menu("wed"));
                        },
                        pool));
            }

            // the ticker never moves, so no wait runs out: every caller ends because the failure ended its wait
            await().until(() -> calls.stream().allMatch(CompletableFuture::isDone));

            // a caller shares the failure of the load it joined, or gets the value of a later load
            assertThat(calls.stream().filter(CompletableFuture::isCompletedExceptionally))
                    .isNotEmpty()
                    .allSatisfy(c -> assertThatThrownBy(c::join).hasRootCauseMessage("database down"));
            assertThat(calls.stream().filter(c -> !c.isCompletedExceptionally()).map(CompletableFuture::join))
                    .allSatisfy(value -> assertThat(value).isEqualTo("menu-2"));
            assertThat(rt.client().getKeys().countExists(rt.prefix() + ":lock:menu:wed"))
                    .isZero();
        }
    }

    @ParameterizedTest
    @AllTopologies
    void menu_anotherMemberStoresTheValue_waiterWakesOnReleaseAndReadsIt(RedisServer redis) throws Exception {
        try (ClockedRuntime rt = start(redis)) {
            Lease elsewhere = holdLock(rt, "menu:thu");
            CompletableFuture<String> waiter =
                    CompletableFuture.supplyAsync(() -> call(() -> service.menu("thu")), pool);
            await().during(Duration.ofMillis(300)).until(() -> !waiter.isDone());

            rt.runtime().cache("menu").set("thu", "menu-from-elsewhere");
            // the other member renews its 30 s lease and the ticker never moves: only the release wakes the waiter
            elsewhere.release();
            await().until(waiter::isDone);

            assertThat(waiter.join()).isEqualTo("menu-from-elsewhere");
            assertThat(service.loads).hasValue(0);
        }
    }

    @Test
    void quoteOrFail_anotherMemberStillLoading_throwsNamingTheLockAndWait() {
        try (ClockedRuntime rt = start(RedisServers.single())) {
            Lease elsewhere = holdLock(rt, "quote:q");

            CompletableFuture<String> call = pastTheWait(rt, "quote:q", service::quoteOrFail);

            assertThatThrownBy(call::join)
                    .cause()
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining(rt.prefix() + ":lock:quote:q")
                    .hasMessageContaining("waited 300 ms")
                    .hasMessageContaining("onTimeout = LOAD or STALE");
            assertThat(service.loads).hasValue(0);
            elsewhere.release();
        }
    }

    @Test
    void quoteOrLoad_anotherMemberStillLoading_loadsAfterTheWait() {
        try (ClockedRuntime rt = start(RedisServers.single())) {
            Lease elsewhere = holdLock(rt, "quote:q");

            assertThat(pastTheWait(rt, "quote:q", service::quoteOrLoad).join()).isEqualTo("quote-1");
            elsewhere.release();
        }
    }

    @Test
    void priceOrStale_expiredAndAnotherMemberStillLoading_servesTheStaleValue() {
        try (ClockedRuntime rt = start(RedisServers.single())) {
            assertThat(call(service::priceOrStale)).isEqualTo("price-1");
            clock.advance(Duration.ofSeconds(11));
            Lease elsewhere = holdLock(rt, "price:p");

            assertThat(pastTheWait(rt, "price:p", service::priceOrStale).join()).isEqualTo("price-1");
            assertThat(service.loads).hasValue(1);
            elsewhere.release();
        }
    }

    @Test
    void rate_expiredAndTheLoadFails_servesTheLastGoodValue() {
        try (ClockedRuntime rt = start(RedisServers.single())) {
            assertThat(call(service::rate)).isEqualTo("rate-1");
            clock.advance(Duration.ofSeconds(11));
            service.duringLoad = n -> {
                throw new IllegalStateException("rates service down");
            };

            assertThat(call(service::rate)).isEqualTo("rate-1");
            assertThat(service.loads).hasValue(2);
        }
    }

    @Test
    void stockOrFail_redisDown_throwsAndDoesNotLoad() {
        try (ClockedRuntime rt = ClockedRuntime.start(ClockedRuntime.downConfig(), clock)) {
            assertThatThrownBy(service::stockOrFail)
                    .isInstanceOf(io.redweave.RedisUnavailableException.class)
                    .hasMessageContaining(":lock:stock:s")
                    .hasMessageContaining("whenRedisDown = PROCEED");
            assertThat(service.loads).hasValue(0);
        }
    }

    @Test
    void stock_redisDown_loadsWithoutTheLock() {
        try (ClockedRuntime rt = ClockedRuntime.start(ClockedRuntime.downConfig(), clock)) {
            assertThat(call(service::stock)).isEqualTo("stock-1");
        }
    }

    @Test
    void notCached_stampedeLockAlone_failsNamingTheFix() {
        try (ClockedRuntime rt = start(RedisServers.single())) {
            assertThatThrownBy(service::notCached)
                    .isInstanceOf(RedweaveException.class)
                    .hasMessageContaining("StampedeService.notCached()")
                    .hasMessageContaining("add @Cached");
        }
    }

    private ClockedRuntime start(RedisServer redis) {
        return ClockedRuntime.start(redis, clock, ticker);
    }

    /**
     * Runs {@code call} on another thread and, once it waits on the lock {@code nameAndKey} (it has
     * subscribed to the lock's release channel), moves the ticker past the 300 ms wait of the
     * service's quote and price methods.
     */
    private CompletableFuture<String> pastTheWait(ClockedRuntime rt, String nameAndKey, Call call) {
        String lockKey = rt.prefix() + ":lock:" + nameAndKey;
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> call(call), pool);
        await().until(() -> rt.client().getTopic(lockKey).countSubscribers() > 0);
        await().during(Duration.ofMillis(400)).until(() -> !running.isDone());

        ticker.advance(Duration.ofMillis(300));
        await().until(running::isDone);
        return running;
    }

    private static Lease holdLock(ClockedRuntime rt, String nameAndKey) {
        return rt.runtime()
                .locks()
                .tryAcquire(rt.prefix() + ":lock:" + nameAndKey, TERMS)
                .lease();
    }

    static String call(Call call) {
        try {
            return call.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A service call. */
    @FunctionalInterface
    interface Call {
        String run() throws Exception;
    }
}
