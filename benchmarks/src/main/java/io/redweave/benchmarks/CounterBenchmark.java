package io.redweave.benchmarks;

import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import io.redweave.annotations.Counter;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.redisson.api.RAtomicLong;

/**
 * {@code @Counter} against Redisson's own {@code RAtomicLong.incrementAndGet} on the same client and
 * Redis (one thread), and buffered against unbuffered {@code @Counter} with eight threads.
 *
 * <p>On a shared machine the load changes between two benchmarks run one after the other, so the
 * group {@code side} runs the same pair at the same time, one thread each: both see the same load, and
 * their ratio holds even when the absolute figures move.
 *
 * <p>Redis comes from {@code REDWEAVE_BENCH_REDIS_URL} (default {@code redis://127.0.0.1:6379}); keys
 * live under a fresh prefix and are deleted at the end. Results are in {@code docs/performance.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class CounterBenchmark {

    private Redweave redweave;
    private Pages pages;
    private RAtomicLong atomic;

    /** The woven service: one method per counter shape. */
    public static class Pages {
        @Counter(name = "bench.views")
        public void view() {}

        @Counter(name = "bench.buffered", buffer = "100ms")
        public void viewBuffered() {}
    }

    @Setup(Level.Trial)
    public void setUp() {
        String url = System.getenv().getOrDefault("REDWEAVE_BENCH_REDIS_URL", "redis://127.0.0.1:6379");
        String prefix = "rwbench-" + UUID.randomUUID().toString().substring(0, 8);
        redweave = Redweave.start(
                RedweaveConfig.builder().redisUrl(url).keyPrefix(prefix).build());
        pages = new Pages();
        atomic = redweave.redisson().getAtomicLong(prefix + ":redisson-peer");
        pages.view();
        atomic.incrementAndGet();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        redweave.flushCounters();
        redweave.redisson().getKeys().deleteByPattern(redweave.config().keyPrefix() + ":*");
        redweave.close();
    }

    /** The peer: Redisson's {@code INCR} on a plain key, waiting for the reply. */
    @Benchmark
    public long redissonIncrementAndGet() {
        return atomic.incrementAndGet();
    }

    /** One {@code INCRBY} per call, through the woven advice. */
    @Benchmark
    public void redweaveCounter() {
        pages.view();
    }

    /** The peer, in the group that runs both side by side. */
    @Benchmark
    @Group("side")
    public long sideRedisson() {
        return atomic.incrementAndGet();
    }

    /** {@code @Counter}, in the group that runs both side by side. */
    @Benchmark
    @Group("side")
    public void sideRedweave() {
        pages.view();
    }

    /** Eight threads, one {@code INCRBY} per call. */
    @Benchmark
    @Threads(8)
    public void unbuffered8Threads() {
        pages.view();
    }

    /** Eight threads adding up in memory; one pipelined flush per 100 ms. */
    @Benchmark
    @Threads(8)
    public void buffered8Threads() {
        pages.viewBuffered();
    }
}
