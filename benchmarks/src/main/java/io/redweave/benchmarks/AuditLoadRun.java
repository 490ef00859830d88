package io.redweave.benchmarks;

import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.redweave.RedweaveConfig;
import io.redweave.audit.AuditListener;
import io.redweave.audit.AuditOptions;
import io.redweave.audit.AuditResult;
import io.redweave.audit.FamilyFigures;
import io.redweave.audit.KeyAudit;
import io.redweave.audit.KeyCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * What an audit of a large keyspace costs, and what it adds to other clients: seeds a dedicated Redis
 * with a million keys, then, while one client reads cache entries with {@code GET} in a closed loop
 * and records each latency, runs in turn: nothing (baseline), the audit at its default bound (in a JVM
 * of its own, as the command line runs), nothing, the audit without a bound, and nothing again. An
 * audit's p99 is divided by that of the baselines around it, so the ratio is read within one run.
 * Not a JMH benchmark: it measures a service under load, not a method.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.redweave.benchmarks.AuditLoadRun redis://127.0.0.1:PORT
 * [keys] [phaseSeconds] [rates]}, rates being the audits' SCAN bounds, such as {@code 50,0} (0: none). The Redis must be a dedicated one: the run starts with {@code FLUSHALL}.
 */
public final class AuditLoadRun {

    private static final String REPORT =
            """
            {"format": 1,
             "caches": [{"name": "musics", "valueType": "shop.Music",
               "reads": [{"method": "shop.MusicService.find(long)", "template": "{id}",
                 "ttl": {"text": "1h", "millis": 3600000}, "jitter": {"text": "default"}, "cacheNull": false,
                 "nullTtl": {"text": "default"}, "stampede": null, "suppressed": false}],
               "writes": [], "evictions": [{"method": "shop.MusicService.rename(long)", "allEntries": false,
                 "key": "{prefix}:{version}:musics:{id}", "beforeInvocation": false}], "warnings": []}],
             "counters": [{"name": "views", "type": "counter", "uses": [{"method": "shop.MusicService.find(long)",
               "key": "{prefix}:counter:views:{day}", "unique": null, "uniqueKey": null, "by": 1, "on": "SUCCESS",
               "ttl": {"text": "default"}, "buffer": {"text": "default"}}]}],
             "boards": [], "locks": []}
            """;

    private static volatile int phase = -1;

    private AuditLoadRun() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("audit-once")) {
            auditOnce(args[1], Double.parseDouble(args[2]));
            return;
        }
        String url = args.length > 0 ? args[0] : "redis://127.0.0.1:6379";
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        RedisClient lettuce = RedisClient.create(url);
        try (StatefulRedisConnection<String, String> seeding = lettuce.connect();
                StatefulRedisConnection<String, String> probing = lettuce.connect()) {
            int musics = seed(seeding, keys);
            double[] rates = Arrays.stream((args.length > 3 ? args[3] : "50,0").split(","))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            String[] names = new String[2 * rates.length + 1];
            for (int i = 0; i < rates.length; i++) {
                names[2 * i] = i == 0 ? "no audit (before)" : "no audit (between)";
                names[2 * i + 1] = rates[i] > 0 ? "audit, at most " + (int) rates[i] + " SCAN/s" : "audit, no bound";
            }
            names[names.length - 1] = "no audit (after)";
            LatencyProbe probe = new LatencyProbe(probing, musics, names.length);
            Thread probeThread = new Thread(probe, "get-probe");
            probeThread.start();
            List<String> audits = new ArrayList<>();
            for (int i = 0; i < rates.length; i++) {
                double rate = rates[i];
                phase(2 * i, () -> pause(seconds));
                phase(2 * i + 1, () -> audits.add(auditInAnotherJvm(url, rate)));
            }
            phase(names.length - 1, () -> pause(seconds));
            phase = names.length;
            probeThread.join();
            audits.forEach(System.out::print);
            List<long[]> samples = new ArrayList<>();
            for (int p = 0; p < names.length; p++) {
                samples.add(probe.samples(p));
            }
            print(names, samples);
        } finally {
            lettuce.shutdown();
        }
    }

    /**
     * Runs the audit in a JVM of its own, as the command line would: its allocation and collections
     * must not pause the probe's thread, which would be counted as Redis latency.
     */
    private static String auditInAnotherJvm(String url, double rate) {
        try {
            Process p = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            AuditLoadRun.class.getName(),
                            "audit-once",
                            url,
                            Double.toString(rate))
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
            return out.lines()
                    .filter(l -> !l.startsWith("SLF4J"))
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        } catch (Exception e) {
            throw new IllegalStateException("the audit process failed", e);
        }
    }

    private static void auditOnce(String url, double rate) throws Exception {
        AuditResult a =
                KeyAudit.run(catalog(), url, AuditOptions.defaults().withMaxScansPerSecond(rate), AuditListener.NONE);
        System.out.printf(
                Locale.ROOT,
                "audit (%s): %.1f s, %,d SCAN calls (%.1f/s), %,d keys (%,.0f keys/s), partial=%s%n",
                rate > 0 ? "at most " + (int) rate + " SCAN/s" : "no bound",
                a.took().toMillis() / 1000.0,
                a.scanCalls(),
                a.scansPerSecond(),
                a.keysSeen(),
                a.keysSeen() / (a.took().toNanos() / 1e9),
                a.partial());
        for (FamilyFigures f : a.families()) {
            System.out.printf(
                    Locale.ROOT,
                    "  %s %s: %,d keys, %,d bytes (%,d sampled), %,d without TTL%n",
                    f.family().kind().label(),
                    f.family().name(),
                    f.keys(),
                    f.memoryBytes(),
                    f.memorySampled(),
                    f.withoutTtl());
        }
        System.out.printf(Locale.ROOT, "  unmatched: %,d keys%n", a.unmatchedKeys());
    }

    private static void phase(int n, Runnable work) {
        phase = n;
        work.run();
    }

    private static void pause(int seconds) {
        try {
            TimeUnit.SECONDS.sleep(seconds); // the baseline phases measure the probe alone for this long
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Cache entries (10 % of them without a TTL), window-less counters and another application's sessions. */
    private static int seed(StatefulRedisConnection<String, String> connection, int keys) {
        RedisAsyncCommands<String, String> redis = connection.async();
        int musics = keys * 80 / 100;
        int leaks = keys * 4 / 100;
        int counters = keys * 15 / 100;
        int sessions = keys - musics - leaks - counters;
        long t0 = System.nanoTime();
        connection.setAutoFlushCommands(false);
        List<RedisFuture<?>> pending = new ArrayList<>();
        redis.flushall();
        for (int i = 0; i < keys; i++) {
            if (i < musics) {
                long ttl = 1_800_000 + ThreadLocalRandom.current().nextLong(1_800_000);
                pending.add(redis.psetex(
                        ":1:musics:" + i, ttl, "{\"id\":" + i + ",\"song\":\"song " + i + "\",\"singer\":\"singer\"}"));
            } else if (i < musics + leaks) {
                pending.add(redis.set(":1:musics:leak-" + i, "{\"id\":" + i + "}"));
            } else if (i < musics + leaks + counters) {
                pending.add(redis.incrby(":counter:views:day-" + i, i % 100 + 1));
            } else {
                pending.add(redis.psetex("session:" + i, 86_400_000, "s".repeat(64)));
            }
            if (pending.size() == 10_000) {
                connection.flushCommands();
                LettuceFutures.awaitAll(Duration.ofMinutes(1), pending.toArray(new RedisFuture[0]));
                pending.clear();
            }
        }
        connection.flushCommands();
        LettuceFutures.awaitAll(Duration.ofMinutes(1), pending.toArray(new RedisFuture[0]));
        connection.setAutoFlushCommands(true);
        System.out.printf(
                Locale.ROOT,
                "seeded %,d keys (%,d cache entries, %,d without TTL, %,d counters, %,d sessions) in %.1f s%n",
                keys,
                musics,
                leaks,
                counters,
                sessions,
                (System.nanoTime() - t0) / 1e9);
        return musics;
    }

    private static KeyCatalog catalog() throws Exception {
        Path dir = Files.createTempDirectory("audit-load");
        Path report = dir.resolve("META-INF/redweave/cache-keys.json");
        Files.createDirectories(report.getParent());
        Files.writeString(report, REPORT);
        return KeyCatalog.read(List.of(dir), RedweaveConfig.builder().build());
    }

    /** One row per phase; an audit's p99 is compared with the baselines just before and after it. */
    private static void print(String[] names, List<long[]> samples) {
        System.out.println(
                "| phase | GETs | GETs/s | p50 µs | p99 µs | p99.9 µs | max µs | p99 / neighbouring baselines |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        double[] seconds = LatencyProbe.lastDurations;
        for (int p = 0; p < names.length; p++) {
            long[] s = samples.get(p);
            String ratio = p % 2 == 0
                    ? "-"
                    : String.format(
                            Locale.ROOT,
                            "%.2f",
                            pct(s, 99) / ((pct(samples.get(p - 1), 99) + pct(samples.get(p + 1), 99)) / 2));
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %,d | %,.0f | %.0f | %.0f | %.0f | %.0f | %s |%n",
                    names[p],
                    s.length,
                    s.length / seconds[p],
                    pct(s, 50),
                    pct(s, 99),
                    pct(s, 99.9),
                    pct(s, 100),
                    ratio);
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1000.0;
    }

    /** One client reading random cache entries with GET, one at a time, recording each latency by phase. */
    private static final class LatencyProbe implements Runnable {

        static double[] lastDurations;

        private final StatefulRedisConnection<String, String> connection;
        private final int musics;
        private final long[][] samples;
        private final int[] counts;
        private final long[] started;
        private final long[] ended;

        LatencyProbe(StatefulRedisConnection<String, String> connection, int musics, int phases) {
            this.connection = connection;
            this.musics = musics;
            this.samples = new long[phases][1 << 16];
            this.counts = new int[phases];
            this.started = new long[phases];
            this.ended = new long[phases];
            lastDurations = new double[phases];
        }

        @Override
        public void run() {
            var redis = connection.sync();
            int current = -1;
            while (phase < samples.length) {
                int p = phase;
                if (p < 0) {
                    continue;
                }
                long now = System.nanoTime();
                if (p != current) {
                    if (current >= 0) {
                        ended[current] = now;
                    }
                    started[p] = now;
                    current = p;
                }
                redis.get(":1:musics:" + ThreadLocalRandom.current().nextInt(musics));
                record(p, System.nanoTime() - now);
            }
            ended[current] = System.nanoTime();
            for (int p = 0; p < samples.length; p++) {
                lastDurations[p] = (ended[p] - started[p]) / 1e9;
            }
        }

        private void record(int p, long nanos) {
            if (counts[p] == samples[p].length) {
                samples[p] = Arrays.copyOf(samples[p], samples[p].length * 2);
            }
            samples[p][counts[p]++] = nanos;
        }

        long[] samples(int p) {
            long[] s = Arrays.copyOf(samples[p], counts[p]);
            Arrays.sort(s);
            return s;
        }
    }
}
