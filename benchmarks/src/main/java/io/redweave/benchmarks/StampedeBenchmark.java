package io.redweave.benchmarks;

import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.redisson.api.RBlockingQueue;
import org.redisson.api.options.KeysScanOptions;
import org.redisson.client.codec.StringCodec;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A cold-key stampede: 100 callers miss one key at the same instant and the load takes 200 ms. For
 * each peer, over {@link #ROUNDS} fresh keys, it reports how many loads ran per key and how long the
 * callers took beyond one load (the waiters' added latency). Peers: Redweave's
 * {@code @StampedeLock}, a plain {@code @Cached} (no protection), Spring's {@code @Cacheable(sync =
 * true)} over {@code RedisCacheManager}, and the tutorial's {@code SET NX PX} lock with a 0.5 s
 * poll. The two-JVM runs start a second JVM of this class that calls with half the threads.
 *
 * <p>A plain harness rather than JMH: the figure is a latency distribution of one concurrent event,
 * not a throughput. Redis comes from {@code REDWEAVE_BENCH_REDIS_URL} (default {@code
 * redis://127.0.0.1:6379}); keys live under {@code rwbench-stampede-<pid>} and are deleted at the
 * end. Run: {@code java -cp benchmarks/target/benchmarks.jar io.redweave.benchmarks.StampedeBenchmark}.
 */
public final class StampedeBenchmark {

    static final int CALLERS = 100;
    static final int ROUNDS = 20;
    static final boolean VERBOSE = System.getenv("RWBENCH_VERBOSE") != null;
    static final int WARMUP = Integer.getInteger("rwbench.warmup", 60);

    private final Redweave redweave;
    private final String prefix;
    private final String url;
    private final ExecutorService threads = Executors.newFixedThreadPool(CALLERS);
    private AnnotationConfigApplicationContext spring;

    private StampedeBenchmark(String url, String prefix) {
        this.url = url;
        this.prefix = prefix;
        this.redweave = Redweave.start(RedweaveConfig.builder()
                .redisUrl(url)
                .keyPrefix(prefix)
                .timeout(Duration.ofSeconds(5)) // a harness on a busy machine must not fail its own calls
                .weavingCheck(RedweaveConfig.WeavingCheck.OFF)
                .build());
        StampedeServices.countIn(redweave.redisson(), prefix);
    }

    /** The peers, by the name a child JVM is given. */
    enum Peer {
        REDWEAVE("Redweave @StampedeLock"),
        NONE("no protection (@Cached alone)"),
        SPRING_SYNC("Spring @Cacheable(sync = true), default cache writer"),
        SPRING_LOCKING("Spring @Cacheable(sync = true), locking cache writer"),
        TUTORIAL("tutorial SET NX PX + 0.5 s poll");

        final String label;

        Peer(String label) {
            this.label = label;
        }
    }

    public static void main(String[] args) {
        try {
            measure(args);
            System.exit(0);
        } catch (Exception e) {
            // A command-line harness: the console is its interface, and a failed run must show why.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void measure(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("REDWEAVE_BENCH_REDIS_URL", "redis://127.0.0.1:6379");
        if (args.length > 0 && args[0].equals("--member")) {
            StampedeBenchmark member = new StampedeBenchmark(url, args[2]);
            member.serve(Peer.valueOf(args[1]));
            member.close();
            return;
        }
        StampedeBenchmark bench = new StampedeBenchmark(
                url, "rwbench-stampede-" + ProcessHandle.current().pid());
        List<StampedeReport.Row> rows = new ArrayList<>();
        String only = System.getProperty("rwbench.peers", "");
        for (Peer peer : Peer.values()) {
            if (only.isEmpty() || List.of(only.split(",")).contains(peer.name())) {
                rows.add(bench.run(peer, 1));
                if (peer != Peer.NONE && peer != Peer.TUTORIAL) {
                    rows.add(bench.run(peer, 2)); // the peers whose claims differ across JVMs
                }
            }
        }
        bench.cleanUp();
        bench.close();
        System.out.println(StampedeReport.table(rows, CALLERS, ROUNDS, StampedeServices.LOAD_TIME.toMillis()));
    }

    private StampedeReport.Row run(Peer peer, int jvms) throws Exception {
        Process member = jvms == 2 ? spawnMember(peer) : null;
        List<StampedeReport.Sample> samples = new ArrayList<>();
        List<Long> loads = new ArrayList<>();
        UnaryOperator<String> find = caller(peer);
        int warmup = peer == Peer.SPRING_LOCKING ? 3 : WARMUP; // its 50 ms polls dwarf any JIT effect
        for (int round = 0; round < warmup + ROUNDS; round++) {
            boolean measured = round >= warmup;
            long loadMillis = measured ? StampedeServices.LOAD_TIME.toMillis() : 0;
            String key = prefix + "-" + peer + "-" + jvms + "-" + round;
            StampedeServices.loadMillis(loadMillis);
            Round here = new Round(find, CALLERS / jvms);
            if (member != null) {
                queue("go").add(key + " " + loadMillis);
            }
            List<StampedeReport.Sample> all = here.run(key);
            if (member != null) {
                queue("done:" + key).poll(60, TimeUnit.SECONDS);
                queue("lat:" + key).readAll().forEach(l -> all.add(StampedeReport.Sample.parse(l)));
            }
            long landed = StampedeServices.landedMicros(key);
            if (VERBOSE) {
                System.err.printf(
                        "%s %d JVM(s) round %d: loads %d, slowest %.1f ms%n",
                        peer,
                        jvms,
                        round,
                        StampedeServices.loads(key),
                        all.stream()
                                        .mapToLong(StampedeReport.Sample::nanos)
                                        .max()
                                        .orElse(0)
                                / 1e6);
            }
            if (measured) {
                all.forEach(x -> samples.add(x.landedAt(landed)));
                loads.add(StampedeServices.loads(key));
            }
        }
        if (member != null) {
            queue("go").add("stop 0");
            member.waitFor(60, TimeUnit.SECONDS);
        }
        return StampedeReport.row(peer.label, jvms, CALLERS, loads, samples);
    }

    /** A second JVM: runs its half of the callers on each key the first one names. */
    private void serve(Peer peer) throws Exception {
        UnaryOperator<String> find = caller(peer);
        while (true) {
            Round here = new Round(find, CALLERS / 2); // parked before the signal, to start together
            String[] go = queue("go").poll(120, TimeUnit.SECONDS).split(" ");
            if (go[0].equals("stop")) {
                here.run("unused");
                return;
            }
            StampedeServices.loadMillis(Long.parseLong(go[1]));
            List<StampedeReport.Sample> samples = here.run(go[0]);
            RBlockingQueue<String> out = queue("lat:" + go[0]);
            samples.forEach(x -> out.add(x.toString()));
            queue("done:" + go[0]).add("1");
        }
    }

    /** {@code n} callers parked on a gate, all released at once on one key. */
    private final class Round {
        private final CountDownLatch gate = new CountDownLatch(1);
        private final List<Future<StampedeReport.Sample>> calls = new ArrayList<>();
        private volatile String key;

        Round(UnaryOperator<String> find, int n) throws InterruptedException {
            CountDownLatch ready = new CountDownLatch(n);
            for (int i = 0; i < n; i++) {
                calls.add(threads.submit(() -> {
                    ready.countDown();
                    gate.await();
                    long start = System.nanoTime();
                    find.apply(key);
                    return new StampedeReport.Sample(System.nanoTime() - start, StampedeServices.nowMicros(), 0);
                }));
            }
            ready.await();
        }

        /** Releases the callers on {@code key}; each one's latency, from its own release. */
        List<StampedeReport.Sample> run(String roundKey) throws Exception {
            key = roundKey;
            gate.countDown();
            List<StampedeReport.Sample> out = new ArrayList<>();
            for (Future<StampedeReport.Sample> f : calls) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        }
    }

    private UnaryOperator<String> caller(Peer peer) {
        return switch (peer) {
            case REDWEAVE -> new StampedeServices.Protected()::find;
            case NONE -> new StampedeServices.Unprotected()::find;
            case TUTORIAL -> new StampedeServices.TutorialLoop()::find;
            case SPRING_SYNC, SPRING_LOCKING -> {
                if (spring != null) {
                    spring.close();
                }
                spring = SpringStampedePeer.context(url, peer == Peer.SPRING_LOCKING);
                yield spring.getBean(SpringStampedePeer.Catalog.class)::find;
            }
        };
    }

    private Process spawnMember(Peer peer) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        StampedeBenchmark.class.getName(),
                        "--member",
                        peer.name(),
                        prefix)
                .inheritIO()
                .start();
    }

    private RBlockingQueue<String> queue(String name) {
        return redweave.redisson().getBlockingQueue(prefix + ":bench:" + name, StringCodec.INSTANCE);
    }

    private void cleanUp() {
        var keys = redweave.redisson().getKeys();
        for (String pattern : List.of(prefix + "*", "rwbench-stampede-spring:*" + prefix + "*")) {
            for (String key : keys.getKeys(KeysScanOptions.defaults().pattern(pattern))) {
                keys.delete(key);
            }
        }
    }

    private void close() {
        threads.shutdownNow();
        if (spring != null) {
            spring.close();
        }
        redweave.close();
    }
}
