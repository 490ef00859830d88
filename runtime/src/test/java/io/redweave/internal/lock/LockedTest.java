package io.redweave.internal.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.LockTimeoutException;
import io.redweave.RedisUnavailableException;
import io.redweave.RedweaveConfig;
import io.redweave.fixtures.ClockedRuntime;
import io.redweave.testing.AllTopologies;
import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.redisson.client.codec.StringCodec;

/** {@code @Locked} through the woven advice, against a real Redis. */
class LockedTest {

    private static final LeaseTerms TERMS = new LeaseTerms(30_000, 300_000);

    private final LockedService service = new LockedService();

    @ParameterizedTest
    @AllTopologies
    void post_manyThreads_neverRunTwoAtOnce(RedisServer redis) throws Exception {
        try (ClockedRuntime rt = ClockedRuntime.start(redis)) {
            var scratch = rt.client().getAtomicLong(rt.prefix() + ":scratch");
            service.work = () -> scratch.incrementAndGet(); // a Redis round trip inside the lock
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<CompletableFuture<Void>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(CompletableFuture.runAsync(service::post, pool));
            }
            CompletableFuture.allOf(calls.toArray(new CompletableFuture[0])).get();
            pool.shutdown();

            assertThat(service.runs).hasValue(40);
            assertThat(service.mostInside).hasValue(1);
        }
    }

    @ParameterizedTest
    @AllTopologies
    void payout_lockHeldElsewhere_throwsNamingTheLockAfterTheWait(RedisServer redis) {
        try (ClockedRuntime rt = ClockedRuntime.start(redis)) {
            String key = rt.prefix() + ":lock:account:42";
            Lease elsewhere = rt.runtime().locks().tryAcquire(key, TERMS).lease();

            assertThatThrownBy(() -> service.payout(42))
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining(key)
                    .hasMessageContaining("LockedService.payout(long)")
                    .hasMessageContaining("300 ms")
                    .satisfies(
                            e -> assertThat(((LockTimeoutException) e).lock()).isEqualTo(key))
                    .satisfies(
                            e -> assertThat(((LockTimeoutException) e).waited()).isEqualTo(Duration.ofMillis(300)));
            assertThat(service.payout(43)).isEqualTo("paid 43");
            assertThat(service.runs).hasValue(1);
            elsewhere.release();
        }
    }

    @Test
    void payoutNested_sameThreadHoldsTheLock_reentersWithoutWaiting() {
        try (ClockedRuntime rt = ClockedRuntime.start(RedisServers.single())) {
            assertThat(service.payoutNested(7)).isEqualTo("paid 7 twice");
            assertThat(rt.client().getKeys().countExists(rt.prefix() + ":lock:account:7"))
                    .isZero();
        }
    }

    @Test
    void failingPayout_methodThrows_releasesTheLockAtOnce() {
        try (ClockedRuntime rt = ClockedRuntime.start(RedisServers.single())) {
            assertThatThrownBy(() -> service.failingPayout(9)).hasMessage("bank said no");
            assertThat(rt.client().getKeys().countExists(rt.prefix() + ":lock:account:9"))
                    .isZero();
        }
    }

    @Test
    void lockedCatalog_lockedAndCached_takesTheLockBeforeReadingTheCache() {
        try (ClockedRuntime rt = ClockedRuntime.start(RedisServers.single())) {
            assertThat(service.lockedCatalog()).isEqualTo("catalog");
            Lease elsewhere = rt.runtime()
                    .locks()
                    .tryAcquire(rt.prefix() + ":lock:catalog", TERMS)
                    .lease();

            assertThatThrownBy(service::lockedCatalog).isInstanceOf(LockTimeoutException.class);
            elsewhere.release();
            assertThat(service.lockedCatalog()).isEqualTo("catalog");
            assertThat(service.runs).hasValue(1);
        }
    }

    @Test
    void reportFails_redisDown_throwsAndDoesNotRun() {
        try (ClockedRuntime rt = ClockedRuntime.start(downConfig())) {
            assertThatThrownBy(service::reportFails)
                    .isInstanceOf(RedisUnavailableException.class)
                    .hasMessageContaining(":lock:report")
                    .hasMessageContaining("whenRedisDown = PROCEED");
            assertThat(service.runs).hasValue(0);
        }
    }

    @Test
    void reportProceeds_redisDown_runsUnlockedAndCountsTheCall() {
        try (ClockedRuntime rt = ClockedRuntime.start(downConfig())) {
            assertThat(service.reportProceeds()).isEqualTo("report");
            assertThat(rt.runtime().gateway().degraded().total()).isPositive();
        }
    }

    @Test
    void lockKey_storedToken_isReadableInRedisCli() {
        try (ClockedRuntime rt = ClockedRuntime.start(RedisServers.single())) {
            String key = rt.prefix() + ":lock:account:5";
            Lease lease = rt.runtime().locks().tryAcquire(key, TERMS).lease();

            String token =
                    rt.client().<String>getBucket(key, StringCodec.INSTANCE).get();

            assertThat(token).startsWith(ProcessHandle.current().pid() + ":");
            lease.release();
        }
    }

    private static RedweaveConfig downConfig() {
        return ClockedRuntime.downConfig();
    }
}
