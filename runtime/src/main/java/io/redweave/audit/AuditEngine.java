package io.redweave.audit;

import io.redweave.RedweaveConfig;
import java.nio.file.Path;
import java.util.List;
import org.redisson.api.RedissonClient;

/**
 * The engine behind {@link KeyCatalog}, {@link KeyAudit} and {@link AuditResult}: not for
 * applications, which neither implement nor call it. redweave-runtime provides the one
 * implementation, found through {@link java.util.ServiceLoader}, so that this package depends on
 * none of the engine's packages (they depend on it instead, and the packages form no cycle).
 */
public interface AuditEngine {

    /** The merged reports on {@code loader}'s class path; see {@link KeyCatalog#load}. */
    KeyCatalog load(ClassLoader loader, RedweaveConfig config);

    /** The merged reports in {@code paths}; see {@link KeyCatalog#read}. */
    KeyCatalog read(List<Path> paths, RedweaveConfig config);

    /** Audits over {@code client}; see {@link KeyAudit#run(KeyCatalog, RedissonClient, AuditOptions, AuditListener)}. */
    AuditResult run(KeyCatalog catalog, RedissonClient client, AuditOptions options, AuditListener listener);

    /** Audits {@code redisUrl}; see {@link KeyAudit#run(KeyCatalog, String, AuditOptions, AuditListener)}. */
    AuditResult run(KeyCatalog catalog, String redisUrl, AuditOptions options, AuditListener listener);

    /** {@link AuditResult#toJson()}. */
    String json(AuditResult result);

    /** {@link AuditResult#toHtml()}. */
    String html(AuditResult result);
}
