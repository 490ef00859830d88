package io.redweave.internal.audit;

import io.redweave.audit.AuditListener;
import io.redweave.audit.AuditOptions;
import io.redweave.audit.AuditResult;
import io.redweave.audit.KeyCatalog;
import io.redweave.internal.config.RedisAddress;
import io.redweave.internal.report.Catalog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.BaseConfig;
import org.redisson.config.Config;

/**
 * An audit of the Redis at a URL, over a client of its own: connects to the node named, finds out
 * whether it is part of a Cluster (then reconnects in Cluster mode, to scan every master), audits,
 * and disconnects. A URL that does not parse, a Redis that cannot be reached or refuses the
 * password gives a partial result with one clear message.
 */
public final class AuditConnection {

    private AuditConnection() {}

    public static AuditResult audit(
            KeyCatalog keys, Catalog catalog, String url, AuditOptions options, AuditListener listener) {
        String redis = RedisAddress.redact(url);
        RedisAddress address;
        try {
            address = RedisAddress.parse(url);
        } catch (IllegalArgumentException e) {
            return failed(keys, redis, e.getMessage());
        }
        RedissonClient client;
        try {
            client = connect(address, options, false);
        } catch (RuntimeException e) {
            return failed(keys, redis, Failures.describe(redis, e));
        }
        try {
            if (isCluster(client, options.commandTimeout())) {
                client.shutdown();
                client = connect(address, options, true);
            }
            return AuditRun.run(keys, catalog, client, redis, options, listener, AuditRun.BatchHook.NONE);
        } catch (RuntimeException e) {
            return failed(keys, redis, Failures.describe(redis, e));
        } finally {
            client.shutdown();
        }
    }

    private static boolean isCluster(RedissonClient client, Duration timeout) {
        try {
            List<RedisNode> nodes = RedisNode.masters(client, timeout);
            return nodes.size() == 1 && nodes.get(0).clusterEnabled();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false; // the audit meets the same failure on its first command and reports it
        }
    }

    @SuppressWarnings("deprecation")
    private static RedissonClient connect(RedisAddress a, AuditOptions options, boolean cluster) {
        Config config = new Config();
        BaseConfig<?> base;
        if (cluster) {
            base = config.useClusterServers().addNodeAddress(a.address());
        } else {
            base = config.useSingleServer().setAddress(a.address()).setDatabase(a.database());
        }
        int timeout = (int) Math.min(Integer.MAX_VALUE, options.commandTimeout().toMillis());
        base.setTimeout(timeout).setConnectTimeout(Math.min(timeout, 5_000)).setRetryAttempts(1);
        if (a.password() != null) {
            base.setPassword(a.password());
        }
        if (a.username() != null) {
            base.setUsername(a.username());
        }
        return Redisson.create(config);
    }

    static AuditResult failed(KeyCatalog keys, String redis, String problem) {
        return new AuditResult(
                redis,
                Instant.now(),
                Duration.ZERO,
                List.of(),
                0,
                0,
                0,
                -1,
                0,
                0,
                true,
                List.of(problem),
                List.of(),
                List.of(),
                keys);
    }
}
