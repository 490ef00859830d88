package io.redweave.internal.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redweave.fixtures.ClockedRuntime;
import io.redweave.fixtures.FakeTicker;
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
 * sets of tokens) stand for two JVMs of a fleet; the second one's ticker is fake, so its waits and
 * lease caps end when a test moves it. Redis's own lease expiry runs on Redis's clock.
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
    void acquire_whileHeld_wakesOnTheRelease(RedisServer redis) {
        try (Fleet fleet = Fleet.of(redis)) {
            String key = fleet.a.keyOf("orders", "7");
            Lease held = fleet.a.tryAcquire(key, LONG).lease();
            // the holder renews its 30 s lease and b's ticker never moves: only the release can wake b
            CompletableFuture<Lease> waiter = CompletableFuture.supplyAsync(() -> fleet.b
                    .acquire(key, LONG, TimeUnit.HOURS.toNanos(1), () -> null)
                    .lease());
            await().during(Duration.ofMillis(300)).until(() -> !waiter.isDone());

            held.release();
            await().until(waiter::isDone);

            Lease next = waiter.join();
            assertThat(next).isNotNull();
            assertThat(fleet.bucket(key).get()).isEqualTo(next.token());
            next.release();
        }
    }

    @ParameterizedTest
    @AllTopologies
    void acquire_holderStoppedRenewing_getsTheLockWhenItsLeaseEnds(RedisServer redis) {
        try (Fleet fleet = Fleet.of(redis)) {
            String key = fleet.a.keyOf("orders", "dead");
            fleet.bucket(key).set("9999:dead-holder", Duration.ofMillis(700)); // a holder killed mid-lease

            // b's ticker never moves, so its wait cannot run out: the end of the dead holder's lease frees the key
            Lease lease = fleet.b
                    .acquire(key, LONG, TimeUnit.SECONDS.toNanos(1), () -> null)
                    .lease();

            assertThat(lease).isNotNull();
            assertThat(fleet.bucket(key).get()).isEqualTo(lease.token());
            lease.release();
        }
    }

    @ParameterizedTest
    @AllTopologies
    void acquire_waitRunsOut_returnsNoLeaseOnceTheTickerPassesTheWait(RedisServer redis) {
        try (Fleet fleet = Fleet.of(redis)) {
            String key = fleet.a.keyOf("orders", "busy");
            Lease held = fleet.a.tryAcquire(key, LONG).lease();
            CompletableFuture<RedisLocks.Waited<Object>> waiter = CompletableFuture.supplyAsync(
                    () -> fleet.b.acquire(key, LONG, TimeUnit.MILLISECONDS.toNanos(300), () -> null));
            // real time passes the 300 ms; the wait is counted on b's ticker, which has not moved
            await().during(Duration.ofMillis(600)).until(() -> !waiter.isDone());

            fleet.bTicker.advance(Duration.ofMillis(300));
            await().until(waiter::isDone);

            assertThat(waiter.join().lease()).isNull();
            assertThat(fleet.bucket(key).get()).isEqualTo(held.token());
            held.release();
        }
    }

    @ParameterizedTest
    @AllTopologies
    void renewal_holderAlive_keepsTheLockPastItsLease(RedisServer redis) {
        try (Fleet fleet = Fleet.of(redis)) {
            String key = fleet.a.keyOf("jobs", "renewed");
            Lease lease = fleet.b.tryAcquire(key, new LeaseTerms(900, 60_000)).lease();

            // Redis ends an unrenewed lock after 900 ms; renewals every 300 ms keep it for three leases
            await().during(Duration.ofMillis(2700))
                    .until(() -> fleet.bucket(key).isExists());

            assertThat(lease.release()).isTrue();
        }
    }

    @ParameterizedTest
    @AllTopologies
    void renewal_pastMaxLease_letsTheLockEndAlthoughItsHolderLives(RedisServer redis) {
        try (Fleet fleet = Fleet.of(redis)) {
            String key = fleet.a.keyOf("jobs", "capped");
            Lease lease = fleet.b.tryAcquire(key, new LeaseTerms(900, 1800)).lease();
            // real time passes the cap; the cap is counted on b's ticker, which has not moved
            await().during(Duration.ofMillis(2400))
                    .until(() -> fleet.bucket(key).isExists());

            fleet.bTicker.advance(Duration.ofMillis(1800));
            await().until(() -> !fleet.bucket(key).isExists());

            assertThat(lease.release()).isFalse();
        }
    }

    /** Two members of a fleet: two runtimes with separate clients, on one prefix. */
    private static final class Fleet implements AutoCloseable {
        final ClockedRuntime runtime;
        final String prefix;
        final RedisLocks a;
        final RedisLocks b;
        final FakeTicker bTicker = new FakeTicker();
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
                    prefix,
                    bTicker);
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
