package io.redweave.benchmarks.reliability;

import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import java.io.IOException;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * How many acknowledged {@code @Counter} increments survive a crash.
 *
 * <ul>
 *   <li>Redis crashes: a private {@code redis-server} with {@code appendonly yes} and {@code
 *       appendfsync everysec}, then {@code always}, takes N increments from four threads, each
 *       acknowledged before the next; right after the N-th it is killed with SIGKILL, started again
 *       from its append-only file, and the counter is read.
 *   <li>The application crashes: a child JVM counts with {@code @Counter(buffer = "100ms")} as fast
 *       as it can and is killed with SIGKILL once it made N calls; the calls it made are read from a
 *       memory-mapped file it updated after each one, which outlives the process. Five runs, since
 *       where the kill falls within a flush interval is chance.
 * </ul>
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.redweave.benchmarks.reliability.CountDurability [n]}</pre>
 */
public final class CountDurability {

    private static final int THREADS = 4;

    private CountDurability() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(args[1], Path.of(args[2]));
            return;
        }
        long n = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        System.out.println(
                "| crash | setting | acknowledged | rate (/s) | in Redis after restart | lost | lost as time |");
        System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        for (String fsync : List.of("everysec", "always")) {
            redisKilled(fsync, n);
        }
        // where the kill falls within a flush interval is chance: several runs show the spread
        for (int run = 0; run < 5; run++) {
            applicationKilled(n * 10);
        }
    }

    private static void redisKilled(String fsync, long n) throws Exception {
        try (RedisNode node = RedisNode.start("--appendonly", "yes", "--appendfsync", fsync)) {
            String key;
            long start;
            long elapsed;
            try (Redweave redweave = Redweave.start(config(node.uri()))) {
                key = redweave.counter(Workloads.DURABLE).redisKey(null);
                Workloads work = new Workloads();
                List<Thread> threads = new ArrayList<>();
                start = System.nanoTime();
                for (int t = 0; t < THREADS; t++) {
                    Thread thread = new Thread(() -> {
                        for (long i = 0; i < n / THREADS; i++) {
                            work.count();
                        }
                    });
                    thread.start();
                    threads.add(thread);
                }
                for (Thread thread : threads) {
                    thread.join();
                }
                elapsed = System.nanoTime() - start;
                node.kill9(); // at once after the last acknowledgement
                if (redweave.degradedCalls() > 0) {
                    throw new IllegalStateException(redweave.degradedCalls() + " increments were not acknowledged");
                }
            }
            node.startAgain();
            long acked = n / THREADS * THREADS;
            long kept = Long.parseLong(String.valueOf(Resp.call(node.uri(), "GET", key)));
            report("Redis, SIGKILL", "`appendfsync " + fsync + "`", acked, acked * 1e9 / elapsed, kept);
        }
    }

    private static void applicationKilled(long n) throws Exception {
        try (RedisNode node = RedisNode.start("--appendonly", "yes", "--appendfsync", "always")) {
            Path calls = Files.createTempFile("redweave-calls", ".bin");
            Process child = new ProcessBuilder(
                            RedisNode.childJvm(CountDurability.class, "child", node.uri(), calls.toString()))
                    .inheritIO()
                    .start();
            try (FileChannel channel = FileChannel.open(calls, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                LongBuffer made =
                        channel.map(FileChannel.MapMode.READ_WRITE, 0, 16).asLongBuffer();
                while (made.get(0) < n) {
                    if (!child.isAlive()) {
                        throw new IllegalStateException("the counting JVM exited with " + child.exitValue());
                    }
                    // a short park, not a spin: a spinning watcher would take a core from the flusher
                    LockSupport.parkNanos(200_000);
                }
                child.destroyForcibly().waitFor();
                long acked = made.get(0);
                double rate = acked * 1e9 / (made.get(1) == 0 ? 1 : System.nanoTime() - made.get(1));
                String key = ":counter:" + Workloads.BUFFERED;
                Object value = Resp.call(node.uri(), "GET", key);
                long kept = value == null ? 0 : Long.parseLong(String.valueOf(value));
                report("the application, SIGKILL", "`@Counter(buffer = \"100ms\")`", acked, rate, kept);
            }
        }
    }

    // counts as fast as one thread can, and says after each call how many it made
    private static void child(String uri, Path calls) throws IOException {
        try (FileChannel channel = FileChannel.open(calls, StandardOpenOption.READ, StandardOpenOption.WRITE);
                Redweave redweave = Redweave.start(config(uri))) {
            LongBuffer made = channel.map(FileChannel.MapMode.READ_WRITE, 0, 16).asLongBuffer();
            Workloads work = new Workloads();
            AtomicLong count = new AtomicLong();
            made.put(1, System.nanoTime());
            while (true) {
                work.countBuffered();
                made.put(0, count.incrementAndGet());
            }
        }
    }

    private static void report(String crash, String setting, long acked, double rate, long kept) {
        long lost = acked - kept;
        System.out.printf(
                "| %s | %s | %,d | %,.0f | %,d | %,d | %.0f ms of increments |%n",
                crash, setting, acked, rate, kept, lost, lost * 1000 / rate);
    }

    private static RedweaveConfig config(String uri) {
        return RedweaveConfig.builder().redisUrl(uri).build();
    }
}
