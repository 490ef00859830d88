package io.redweave.audit;

import java.util.Objects;
import org.redisson.api.RedissonClient;

/**
 * Audits a live Redis against the application's declared keys: {@code SCAN}s every master (never
 * {@code KEYS}) at a bounded rate, matches every key to the patterns of a {@link KeyCatalog}, and
 * reports per cache, counter, board and lock the number of keys, their memory ({@code MEMORY USAGE},
 * sampled on large keyspaces), their remaining TTLs, the keys without an expiry where one is
 * declared, and the largest keys; and the keys that match no declaration.
 *
 * <pre>{@code
 * KeyCatalog keys = KeyCatalog.load(getClass().getClassLoader(), redweave.config());
 * AuditResult result = KeyAudit.run(keys, redweave.redisson(), AuditOptions.defaults(), AuditListener.NONE);
 * Files.writeString(Path.of("audit.html"), result.toHtml());
 * }</pre>
 *
 * <p>An audit reads only: it never writes, deletes or changes a key or a setting. Redis trouble
 * never throws: an unreachable node, a refused password or a node failing mid-scan gives a result
 * marked {@linkplain AuditResult#partial() partial}, with a message naming the node and the fix.
 * The calling thread runs the audit; interrupting it ends the audit with a partial result.
 */
public final class KeyAudit {

    private KeyAudit() {}

    /**
     * Audits the Redis that {@code client} is connected to: every master of a Cluster, the master of a
     * single node or a Sentinel set-up. The client is left open.
     *
     * @throws IllegalArgumentException when {@code client} is not a client from {@code Redisson.create}
     */
    public static AuditResult run(
            KeyCatalog catalog, RedissonClient client, AuditOptions options, AuditListener listener) {
        return AuditEngines.engine()
                .run(
                        require(catalog),
                        Objects.requireNonNull(client, "client"),
                        Objects.requireNonNull(options, "options"),
                        Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Connects to {@code redisUrl} ({@code redis://[[user]:password@]host:port[/db]}, or {@code
     * rediss://} for TLS), audits it and disconnects. A node of a Redis Cluster is recognised, and
     * every master of its cluster is scanned.
     */
    public static AuditResult run(KeyCatalog catalog, String redisUrl, AuditOptions options, AuditListener listener) {
        return AuditEngines.engine()
                .run(
                        require(catalog),
                        redisUrl,
                        Objects.requireNonNull(options, "options"),
                        Objects.requireNonNull(listener, "listener"));
    }

    private static KeyCatalog require(KeyCatalog catalog) {
        return Objects.requireNonNull(catalog, "catalog");
    }
}
