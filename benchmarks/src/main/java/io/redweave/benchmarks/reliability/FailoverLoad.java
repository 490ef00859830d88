package io.redweave.benchmarks.reliability;

import io.redweave.Counter;
import io.redweave.Redweave;
import io.redweave.RedweaveException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Load during a failover, and what it saw. Four threads call a woven {@code @Counter(key = "{key}")}
 * over 64 keys without pause, as an application would; a probe increments one counter through the
 * handle every 20 ms, whose failures (the handle reports them, the annotation does not) time the
 * outage. After the load, buffered increments are flushed and the counters summed: the calls made
 * minus that sum is what the failover lost (negative: counted twice).
 */
final class FailoverLoad {

    static final int KEYS = 64;
    private static final int THREADS = 4;
    private static final long PROBE_EVERY_MS = 20;

    private final Redweave redweave;
    private final String probeKey;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong slowCalls = new AtomicLong();
    private final List<long[]> probes = new CopyOnWriteArrayList<>(); // {nanoTime, 1 when it succeeded}
    private final List<Thread> threads = new ArrayList<>();
    private long degradedBefore;

    FailoverLoad(Redweave redweave, String probeKey) {
        this.redweave = redweave;
        this.probeKey = probeKey;
    }

    /** Starts the load and the probe. */
    FailoverLoad start() {
        degradedBefore = redweave.degradedCalls();
        Workloads work = new Workloads();
        for (int t = 0; t < THREADS; t++) {
            threads.add(started(() -> {
                for (long i = 0; running.get(); i++) {
                    long begin = System.nanoTime();
                    work.countKey("k" + (i % KEYS));
                    calls.incrementAndGet();
                    if (System.nanoTime() - begin > 1_000_000_000L) {
                        slowCalls.incrementAndGet();
                    }
                }
            }));
        }
        Counter probe = redweave.counter("failover-probe");
        threads.add(started(() -> {
            while (running.get()) {
                long at = System.nanoTime();
                boolean ok;
                try {
                    probe.incr(probeKey, 1);
                    ok = true;
                } catch (RedweaveException e) {
                    ok = false;
                }
                probes.add(new long[] {at, ok ? 1 : 0});
                RedisNode.pause(PROBE_EVERY_MS);
            }
        }));
        return this;
    }

    /**
     * Stops the load, flushes what was buffered, and prints one table row.
     *
     * @param killedAt when the master was killed ({@link System#nanoTime()})
     * @param sum the counters' total as Redis holds it now
     */
    void stopAndReport(String setup, long killedAt, LongSupplier sum) throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (redweave.flushCounters() > 0 && System.nanoTime() < deadline) {
            RedisNode.pause(200);
        }
        long failed = probes.stream().filter(p -> p[0] >= killedAt && p[1] == 0).count();
        long lastFailure = probes.stream()
                .filter(p -> p[1] == 0)
                .mapToLong(p -> p[0])
                .max()
                .orElse(killedAt);
        long recovered = probes.stream()
                .filter(p -> p[0] > lastFailure && p[1] == 1)
                .mapToLong(p -> p[0])
                .min()
                .orElse(-1);
        long made = calls.get();
        long counted = sum.getAsLong();
        System.out.printf(
                "| %s | %,d | %,d | %d of %d | %s | %,d | %,d | %,d |%n",
                setup,
                made,
                redweave.degradedCalls() - degradedBefore,
                failed,
                probes.stream().filter(p -> p[0] >= killedAt).count(),
                recovered < 0 ? "not within the run" : String.format("%.1f s", (recovered - killedAt) / 1e9),
                slowCalls.get(),
                counted,
                made - counted);
    }

    private static Thread started(Runnable body) {
        Thread t = new Thread(body, "failover-load");
        t.start();
        return t;
    }

    static String header() {
        return "| setup | calls | degraded calls | probes failed | recovered after | calls over 1 s | counted | lost |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
    }
}
