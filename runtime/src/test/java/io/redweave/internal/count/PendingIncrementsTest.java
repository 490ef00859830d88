package io.redweave.internal.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The buffer's bookkeeping, without Redis: sums, idle-slot removal racing with adds, and the bound. */
class PendingIncrementsTest {

    private static final Target HOT = Target.counter(":counter:hot", -1);

    @Test
    void drain_afterAdds_takesEachSumOnce() {
        PendingIncrements pending = new PendingIncrements(10);
        pending.add(HOT, 2, 0);
        pending.add(HOT, 3, 0);
        pending.add(Target.board(":board:b", "m"), 0, 1.5);

        List<PendingIncrements.Taken> first = pending.drain();
        List<PendingIncrements.Taken> second = pending.drain();

        assertThat(first)
                .containsExactlyInAnyOrder(
                        new PendingIncrements.Taken(HOT, 5, 0),
                        new PendingIncrements.Taken(Target.board(":board:b", "m"), 0, 1.5));
        assertThat(second).isEmpty();
        assertThat(pending.size()).isZero();
    }

    @Test
    void add_beyondLimit_dropsNewTargetsButStillAddsToExistingOnes() {
        PendingIncrements pending = new PendingIncrements(2);
        assertThat(pending.add(Target.counter("a", -1), 1, 0)).isTrue();
        assertThat(pending.add(Target.counter("b", -1), 1, 0)).isTrue();

        assertThat(pending.add(Target.counter("c", -1), 1, 0)).isFalse();
        assertThat(pending.add(Target.counter("a", -1), 1, 0)).isTrue();

        assertThat(pending.dropped()).isEqualTo(1);
        assertThat(pending.pendingCount(Target.counter("a", -1))).isEqualTo(2);
    }

    @Test
    void drain_racingWithEightWriters_losesAndDuplicatesNothing() throws Exception {
        PendingIncrements pending = new PendingIncrements(1000);
        int writers = 8;
        int addsEach = 50_000;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch done = new CountDownLatch(writers);
        for (int w = 0; w < writers; w++) {
            int id = w;
            pool.submit(() -> {
                for (int i = 0; i < addsEach; i++) {
                    // few targets that go idle and come back: slots are retired while writers hold them
                    pending.add(Target.counter("k" + ((i / 64 + id) % 4), -1), 1, 0);
                }
                done.countDown();
            });
        }
        long drained = 0;
        AtomicBoolean finished = new AtomicBoolean();
        while (!finished.get()) {
            finished.set(done.await(0, TimeUnit.MILLISECONDS));
            for (PendingIncrements.Taken t : pending.drain()) {
                drained += t.count();
            }
        }
        for (PendingIncrements.Taken t : pending.drain()) {
            drained += t.count();
        }
        pool.shutdown();

        assertThat(drained).isEqualTo((long) writers * addsEach);
    }

    @Test
    void restore_afterFailedSend_putsSumsBack() {
        PendingIncrements pending = new PendingIncrements(10);
        pending.add(HOT, 7, 0);
        List<PendingIncrements.Taken> taken = pending.drain();

        pending.restore(taken);

        assertThat(pending.pendingCount(HOT)).isEqualTo(7);
        assertThat(pending.waiting()).isEqualTo(1);
    }
}
