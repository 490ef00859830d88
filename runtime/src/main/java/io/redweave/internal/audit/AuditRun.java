package io.redweave.internal.audit;

import io.redweave.audit.AuditListener;
import io.redweave.audit.AuditOptions;
import io.redweave.audit.AuditResult;
import io.redweave.audit.FamilyFigures;
import io.redweave.audit.KeyCatalog;
import io.redweave.internal.report.Catalog;
import io.redweave.internal.report.Family;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.redisson.api.RedissonClient;

/**
 * One audit: {@code SCAN}s every master in turn at the paced rate, inspects each batch of keys,
 * matches each key to its family and tallies the figures. Whatever goes wrong on a node ends that
 * node's scan, not the audit: the figures so far stay, and the result says which node, how far it
 * got, and why. Runs on the calling thread.
 */
public final class AuditRun {

    /** Called with each {@code SCAN} batch before it is inspected: a seam for tests that change the keyspace. */
    public interface BatchHook {
        BatchHook NONE = (node, keys) -> {};

        void beforeInspect(String node, List<String> keys);
    }

    private final Catalog catalog;
    private final RedissonClient client;
    private final AuditOptions options;
    private final AuditListener listener;
    private final Pacer pacer;
    private final BatchHook hook;
    private final KeyInspector inspector;
    private final Map<Family, FamilyTally> tallies = new IdentityHashMap<>();
    private final UnmatchedTally unmatched;
    private final SeenKeys seen = new SeenKeys();
    private final ScanState state = new ScanState();

    AuditRun(
            Catalog catalog,
            RedissonClient client,
            AuditOptions options,
            AuditListener listener,
            Pacer pacer,
            BatchHook hook) {
        this.catalog = catalog;
        this.client = client;
        this.options = options;
        this.listener = listener;
        this.pacer = pacer;
        this.hook = hook;
        this.inspector = new KeyInspector(client, options.commandTimeout());
        this.unmatched = new UnmatchedTally(catalog.prefix(), catalog.version(), options.examples());
        catalog.families()
                .forEach(f -> tallies.put(f, new FamilyTally(f.view(), options.largestKeys(), options.examples())));
    }

    /** Audits the Redis behind {@code client}; {@code redis} names it in the result. Never throws for Redis trouble. */
    public static AuditResult run(
            KeyCatalog keys,
            Catalog catalog,
            RedissonClient client,
            String redis,
            AuditOptions options,
            AuditListener listener,
            BatchHook hook) {
        return new AuditRun(catalog, client, options, listener, Pacer.of(options.maxScansPerSecond()), hook)
                .execute(keys, redis);
    }

    AuditResult execute(KeyCatalog keys, String redis) {
        Instant startedAt = Instant.now();
        long t0 = System.nanoTime();
        List<RedisNode> nodes =
                state.discover(client, options.commandTimeout(), redis == null ? "the client's Redis" : redis);
        state.checkTopology(client, nodes);
        long before = state.dbSize(nodes);
        double rate =
                options.memorySamples() == 0 ? 0 : Math.min(1, (double) options.memorySamples() / Math.max(1, before));
        for (int i = 0; i < nodes.size() && !state.interrupted(); i++) {
            if (state.reachable(nodes.get(i))) {
                scan(nodes.get(i), i + 1, nodes.size(), before, rate);
            }
        }
        long after = state.keyspaceAfter(client, nodes, options.commandTimeout());
        state.keyspaceChange(before, after);
        List<FamilyFigures> figures = new ArrayList<>();
        catalog.families().forEach(f -> figures.add(tallies.get(f).figures()));
        return new AuditResult(
                redis != null ? redis : describe(nodes),
                startedAt,
                Duration.ofNanos(System.nanoTime() - t0),
                nodes.stream().map(RedisNode::name).toList(),
                state.scanCalls(),
                seen.size(),
                before,
                after,
                state.vanished(),
                rate,
                state.partial(),
                state.problems(),
                figures,
                unmatched.groups(),
                keys);
    }

    private static String describe(List<RedisNode> nodes) {
        if (nodes.size() == 1) {
            return "redis://" + nodes.get(0).name();
        }
        return String.format(
                "%d masters (%s)",
                nodes.size(),
                String.join(", ", nodes.stream().map(RedisNode::name).toList()));
    }

    private void scan(RedisNode node, int index, int count, long expected, double rate) {
        String cursor = "0";
        long fromNode = 0;
        try {
            do {
                pacer.await();
                var page = node.scan(cursor, options.scanCount());
                state.scanned();
                cursor = page.getPos();
                fromNode += inspect(node, page.getValues(), rate);
                listener.onProgress(new AuditListener.Progress(
                        seen.size(), expected, state.scanCalls(), node.name(), index, count));
            } while (!cursor.equals("0"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state.interrupt(node, fromNode);
        } catch (Exception e) {
            state.nodeFailed(node, fromNode, cursor, e);
        }
    }

    /** Inspects the keys not seen before; returns how many were new. */
    private int inspect(RedisNode node, List<String> page, double rate) throws Exception {
        List<String> fresh = new ArrayList<>(page.size());
        for (String key : page) {
            if (seen.add(key)) {
                fresh.add(key);
            }
        }
        hook.beforeInspect(node.name(), fresh);
        Family[] owners = new Family[fresh.size()];
        boolean[] measure = new boolean[fresh.size()];
        for (int i = 0; i < fresh.size(); i++) {
            String key = fresh.get(i);
            owners[i] = catalog.match(key);
            boolean sampled = rate > 0 && (SeenKeys.hash(key) >>> 11) * 0x1.0p-53 < rate;
            measure[i] = rate > 0
                    && (owners[i] == null
                            ? unmatched.wantsMeasure(key, sampled)
                            : tallies.get(owners[i]).wantsMeasure(sampled));
        }
        List<KeyInspector.Inspected> found = inspector.inspect(fresh, measure);
        for (int i = 0; i < found.size(); i++) {
            KeyInspector.Inspected key = found.get(i);
            if (key.gone()) {
                state.vanished(1);
            } else if (owners[i] == null) {
                unmatched.add(key.key(), key.bytes());
            } else {
                tallies.get(owners[i]).add(key.key(), key.pttl(), key.type(), key.bytes());
            }
        }
        return fresh.size();
    }
}
