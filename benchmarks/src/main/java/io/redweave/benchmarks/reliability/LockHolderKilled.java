package io.redweave.benchmarks.reliability;

import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.redisson.api.RBucket;
import org.redisson.client.codec.StringCodec;

/**
 * A {@code @Locked} holder killed with SIGKILL. A child JVM takes {@code :lock:fenced} (lease 2 s,
 * renewed while it lives), draws a fencing token ({@code INCR}) and writes it as the owner of the
 * protected resource, then checks every 20 ms that the owner is still its token. Three waiters in
 * this JVM queue for the lock; each, once in, draws its token, writes it, works 200 ms and checks
 * the owner is still its own. The holder lives three leases (its lease is renewed), then is killed.
 *
 * <p>What is measured: waiters that got in while the holder lived (goal 0), how long after the kill
 * the first got in (goal: at most one lease), whether tokens only grew, and owner checks that failed
 * (two holders at once; goal 0).
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.redweave.benchmarks.reliability.LockHolderKilled}</pre>
 */
public final class LockHolderKilled {

    private static final long LEASE_MS = 2_000;
    private static final int WAITERS = 3;

    private LockHolderKilled() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("holder")) {
            holder(args[1]);
            return;
        }
        try (RedisNode node = RedisNode.start();
                Redweave redweave = Redweave.start(
                        RedweaveConfig.builder().redisUrl(node.uri()).build())) {
            Process holder = new ProcessBuilder(RedisNode.childJvm(LockHolderKilled.class, "holder", node.uri()))
                    .redirectErrorStream(true)
                    .start();
            List<String> holderSaid = new CopyOnWriteArrayList<>();
            CompletableFuture<Long> holding = new CompletableFuture<>();
            Thread reader = new Thread(() -> read(holder, holderSaid, holding));
            reader.setDaemon(true);
            reader.start();
            long holderToken = holding.get(30, TimeUnit.SECONDS);
            List<long[]> entries = new CopyOnWriteArrayList<>(); // {token, nanoTime in}
            AtomicInteger clashes = new AtomicInteger();
            Workloads work = new Workloads();
            List<Thread> waiters = new ArrayList<>();
            for (int i = 0; i < WAITERS; i++) {
                Thread t = new Thread(() -> work.fenced(() -> {
                    long token = redweave.redisson().getAtomicLong("fence").incrementAndGet();
                    entries.add(new long[] {token, System.nanoTime()});
                    owner(redweave).set(Long.toString(token));
                    RedisNode.pause(200);
                    if (!Long.toString(token).equals(owner(redweave).get())) {
                        clashes.incrementAndGet();
                    }
                }));
                t.start();
                waiters.add(t);
            }
            RedisNode.pause(3 * LEASE_MS); // the holder lives three leases: renewal keeps the lock its own
            int whileAlive = entries.size();
            long killedAt = System.nanoTime();
            holder.destroyForcibly().waitFor();
            for (Thread t : waiters) {
                t.join();
            }

            long firstIn = entries.stream().mapToLong(e -> e[1]).min().orElseThrow();
            List<Long> tokens = entries.stream().map(e -> e[0]).sorted().toList();
            System.out.println(
                    "| lease | holder lived | waiters in while it lived | first waiter in after the kill | tokens | owner checks failed |");
            System.out.println("| ---: | ---: | ---: | ---: | --- | ---: |");
            System.out.printf(
                    "| %d ms | %d ms (3 leases) | %d | %d ms | holder %d, then %s | %d%s |%n",
                    LEASE_MS,
                    3 * LEASE_MS,
                    whileAlive,
                    (firstIn - killedAt) / 1_000_000,
                    holderToken,
                    tokens,
                    clashes.get(),
                    holderSaid.stream().anyMatch(l -> l.startsWith("CLASH")) ? " (and the holder saw a clash)" : "");
        }
    }

    // the child's log lines may come before its HOLDING line
    private static void read(Process holder, List<String> lines, CompletableFuture<Long> holding) {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
                if (line.startsWith("HOLDING ")) {
                    holding.complete(Long.parseLong(line.substring(8)));
                }
            }
        } catch (java.io.IOException e) {
            // the holder was killed: its output ends here
        }
        holding.completeExceptionally(new IllegalStateException("the holder exited before it took the lock: " + lines));
    }

    private static void holder(String uri) {
        try (Redweave redweave =
                Redweave.start(RedweaveConfig.builder().redisUrl(uri).build())) {
            new Workloads().fenced(() -> {
                long token = redweave.redisson().getAtomicLong("fence").incrementAndGet();
                owner(redweave).set(Long.toString(token));
                System.out.println("HOLDING " + token);
                System.out.flush();
                while (true) {
                    RedisNode.pause(20);
                    if (!Long.toString(token).equals(owner(redweave).get())) {
                        System.out.println("CLASH: the owner is no longer " + token);
                        System.out.flush();
                    }
                }
            });
        }
    }

    private static RBucket<String> owner(Redweave redweave) {
        return redweave.redisson().getBucket("fenced-resource:owner", StringCodec.INSTANCE);
    }
}
