package io.redweave.internal.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redweave.fixtures.ClockedRuntime;
import io.redweave.fixtures.TestRuntimes;
import io.redweave.internal.redis.CircuitBreaker;
import io.redweave.internal.redis.DegradedLog;
import io.redweave.internal.redis.RedisGateway;
import io.redweave.internal.redis.RedissonFactory;
import io.redweave.testing.AllTopologies;
import io.redweave.testing.RedisServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * The lock protocol against a real Redis, single node and cluster. Two runtimes (two clients, two
 * sets of tokens) stand for two JVMs of a fleet.
 */
class RedisLocksTest {

    private static final LeaseTerms LONG = new LeaseTerms(30_000, 300_000);

    @ParameterizedTest
    @AllTopologies
    void tryAcquire_heldByAnotherMember_reportsTheHoldersLeaseAndFails(RedisServer redis) {
        try (Fleet fleet = Fleet.of(redis)) {
            String key = fleet.a.keyOf("orders", "42");
            RedisLocks.Attempt first = fleet.a.tryAcquire(key, LONG);
            RedisLocks.Attempt second = fleet.b.tryAcquire(key, LONG);

            assertThat(first.acquired()).isTrue();
            assertThat(second.acquired()).isFalse();
            assertThat(second.holderLeftMillis()).isBetween(25_000L, 30_000L);
            assertThat(key).isEqualTo(fleet.prefix + ":lock:orders:42");
            first.lease().release();
        }
    }

    @ParameterizedTest
    @AllTopologies
    void release_afterTheLockPassedToAnotherHolder_leavesTheNewHoldersLock(RedisServer redis) {
        try (Fleet fleet = Fleet.of(redis)) {
            String key = fleet.a.keyOf("orders", "");
            Lease old = fleet.a.tryAcquire(key, LONG).lease();
            fleet.bucket(key).delete(); // as if its lease had ended
            Lease current = fleet.b.tryAcquire(key, LONG).lease();

            assertThat(old.release()).isFalse();
            assertThat(fleet.bucket(key).get()).isEqualTo(current.token());
            assertThat(current.release()).isTrue();
            assertThat(fleet.bucket(key).isExists()).isFalse();
        }
    }

    @ParameterizedTest
    @AllTopologies
    void acquire_whileHeld_wakesOnReleaseLongBeforeTheLeaseEnds(RedisServer redis) {
        try (Fleet fleet = Fleet.of(redis)) {
            String key = fleet.a.keyOf("orders", "7");
            Lease held = fleet.a.tryAcquire(key, LONG).lease();
            CompletableFuture<Lease> waiter = CompletableFuture.supplyAsync(() -> fleet.b
                    .acquire(key, LONG, TimeUnit.SECONDS.toNanos(20), () -> null)
                    .lease());
            await().during(Duration.ofMillis(300)).until(() -> !waiter.isDone());

            long released = System.nanoTime();
            held.release();
            Lease next = waiter.join();

            assertThat(next).isNotNull();
            assertThat(Duration.ofNanos(System.nanoTime() - released)).isLessThan(Duration.ofSeconds(2));
            next.release();
        }
    }

    @ParameterizedTest
    @AllTopologies
    void acquire_holderStoppedRenewing_getsTheLockWhenItsLeaseEnds(RedisServer redis) {
        try (Fleet fleet = Fleet.of(redis)) {
            String key = fleet.a.keyOf("orders", "dead");
            fleet.bucket(key).set("9999:dead-holder", Duration.ofMillis(700)); // a holder killed mid-lease
            long start = System.nanoTime();

            Lease lease = fleet.b
                    .acquire(key, LONG, TimeUnit.SECONDS.toNanos(10), () -> null)
                    .lease();

            assertThat(lease).isNotNull();
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isBetween(Duration.ofMillis(500), Duration.ofSeconds(3));
            lease.release();
        }
    }

    @ParameterizedTest
    @AllTopologies
    void acquire_waitRunsOut_returnsNoLeaseAfterTheWait(RedisServer redis) {
        try (Fleet fleet = Fleet.of(redis)) {
            String key = fleet.a.keyOf("orders", "busy");
            Lease held = fleet.a.tryAcquire(key, LONG).lease();
            long start = System.nanoTime();

            RedisLocks.Waited<Object> waited =
                    fleet.b.acquire(key, LONG, TimeUnit.MILLISECONDS.toNanos(300), () -> null);

            assertThat(waited.lease()).isNull();
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isBetween(Duration.ofMillis(300), Duration.ofSeconds(2));
            held.release();
        }
    }

    @ParameterizedTest
    @AllTopologies
    void renewal_holderAlive_keepsTheLockPastItsLease(RedisServer redis) {
        try (Fleet fleet = Fleet.of(redis)) {
            String key = fleet.a.keyOf("jobs", "renewed");
            Lease lease = fleet.a.tryAcquire(key, new LeaseTerms(300, 60_000)).lease();

            await().during(Duration.ofMillis(1200))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> fleet.bucket(key).isExists());

            assertThat(lease.release()).isTrue();
        }
    }

    @ParameterizedTest
    @AllTopologies
    void renewal_pastMaxLease_letsTheLockEndAlthoughItsHolderLives(RedisServer redis) {
        try (Fleet fleet = Fleet.of(redis)) {
            String key = fleet.a.keyOf("jobs", "capped");
            long start = System.nanoTime();
            Lease lease = fleet.a.tryAcquire(key, new LeaseTerms(300, 900)).lease();

            await().atMost(Duration.ofSeconds(3)).until(() -> !fleet.bucket(key).isExists());

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(850));
            assertThat(lease.release()).isFalse();
        }
    }

    /** Two members of a fleet: two runtimes with separate clients, on one prefix. */
    private static final class Fleet implements AutoCloseable {
        final ClockedRuntime runtime;
        final String prefix;
        final RedisLocks a;
        final RedisLocks b;
        final RedissonClient otherClient;

        private Fleet(RedisServer redis) {
            var config =
                    TestRuntimes.config(redis).timeout(Duration.ofSeconds(2)).build();
            this.runtime = ClockedRuntime.start(config);
            this.prefix = config.keyPrefix();
            this.a = runtime.runtime().locks();
            this.otherClient = RedissonFactory.create(config);
            this.b = new RedisLocks(
                    new RedisGateway(
                            otherClient,
                            TimeUnit.SECONDS.toNanos(2),
                            new CircuitBreaker(3, TimeUnit.SECONDS.toNanos(1), System::nanoTime),
                            new DegradedLog(TimeUnit.SECONDS.toNanos(10), System::nanoTime)),
                    prefix);
        }

        static Fleet of(RedisServer redis) {
            return new Fleet(redis);
        }

        RBucket<String> bucket(String key) {
            return runtime.client().getBucket(key, StringCodec.INSTANCE);
        }

        @Override
        public void close() {
            b.close();
            otherClient.shutdown();
            runtime.close();
        }
    }
}
