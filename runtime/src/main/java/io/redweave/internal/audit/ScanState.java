package io.redweave.internal.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.redisson.api.RedissonClient;

/**
 * How an audit's scan is going: the calls made, the nodes that failed, and every problem as a
 * message. Anything that means some keys may not have been seen makes the result partial.
 */
final class ScanState {

    private final List<String> problems = new ArrayList<>();
    private final Set<String> unreachable = new HashSet<>();
    private List<String> mastersBefore = List.of();
    private boolean partial;
    private boolean interrupted;
    private long scanCalls;
    private long vanished;

    List<RedisNode> discover(RedissonClient client, Duration timeout, String redis) {
        try {
            List<RedisNode> nodes = RedisNode.masters(client, timeout);
            mastersBefore = nodes.stream().map(RedisNode::name).toList();
            return nodes;
        } catch (RuntimeException e) {
            problem(Failures.describe(redis, e));
            return List.of();
        }
    }

    /** A single-server client pointed at one node of a Cluster sees only that node's keys. */
    void checkTopology(RedissonClient client, List<RedisNode> nodes) {
        if (nodes.size() != 1 || client.getConfig().isClusterConfig()) {
            return;
        }
        try {
            if (nodes.get(0).clusterEnabled()) {
                problem(String.format(
                        "%s is one node of a Redis Cluster, but the client is not in Cluster mode, so only this"
                                + " node's keys are counted; connect in Cluster mode to scan every master",
                        nodes.get(0).name()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interrupted = true;
        } catch (Exception e) {
            // the DBSIZE that follows meets the same failure and reports it
        }
    }

    /** The keys all reachable nodes hold; a node that fails here is reported and left out of the scan. */
    long dbSize(List<RedisNode> nodes) {
        long total = 0;
        for (RedisNode node : nodes) {
            try {
                total += node.dbSize();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                interrupted = true;
            } catch (Exception e) {
                unreachable.add(node.name());
                problem(Failures.describe(node.name(), e) + "; its keys are not counted");
            }
        }
        return total;
    }

    boolean reachable(RedisNode node) {
        return !unreachable.contains(node.name());
    }

    /** The keyspace once the scan is over, and whether the masters are those the scan began with; -1 when unknown. */
    long keyspaceAfter(RedissonClient client, List<RedisNode> nodes, Duration timeout) {
        if (nodes.isEmpty()) {
            return -1;
        }
        try {
            List<String> after = RedisNode.masters(client, timeout).stream()
                    .map(RedisNode::name)
                    .toList();
            if (!after.equals(mastersBefore)) {
                problem(String.format(
                        "the masters changed during the scan (before: %s; after: %s), after a failover or a"
                                + " resharding: keys that moved between nodes may be missing or counted twice; run the"
                                + " audit again once the cluster is stable",
                        String.join(", ", mastersBefore), String.join(", ", after)));
            }
            long total = 0;
            for (RedisNode node : nodes) {
                total += node.dbSize();
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            return -1;
        }
    }

    void keyspaceChange(long before, long after) {
        if (unreachable.size() > 0 || after < 0 || (before == after && vanished == 0)) {
            return;
        }
        problem(String.format(
                "the keyspace changed during the scan: %,d keys before, %,d after, and %,d returned by SCAN were gone"
                        + " when inspected (expired or deleted; not counted); SCAN returns every key that existed for"
                        + " the whole scan, but keys created meanwhile may be missing",
                before, after, vanished));
    }

    void nodeFailed(RedisNode node, long keys, String cursor, Exception e) {
        problem(String.format(
                "%s; the scan of %s stopped after %,d keys (at cursor %s), so the rest of its keys are not counted",
                Failures.describe(node.name(), e), node.name(), keys, cursor));
    }

    void interrupt(RedisNode node, long keys) {
        interrupted = true;
        problem(String.format("the audit was interrupted while scanning %s, after %,d of its keys", node.name(), keys));
    }

    void scanned() {
        scanCalls++;
    }

    void vanished(long n) {
        vanished += n;
    }

    boolean interrupted() {
        return interrupted;
    }

    long scanCalls() {
        return scanCalls;
    }

    long vanished() {
        return vanished;
    }

    boolean partial() {
        return partial;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private void problem(String message) {
        problems.add(message);
        partial = true;
    }
}
