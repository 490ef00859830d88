package io.redweave.internal.audit;

import io.redweave.RedweaveConfig;
import io.redweave.audit.AuditEngine;
import io.redweave.audit.AuditListener;
import io.redweave.audit.AuditOptions;
import io.redweave.audit.AuditResult;
import io.redweave.audit.KeyCatalog;
import io.redweave.internal.report.Catalog;
import io.redweave.internal.report.MergedCatalog;
import io.redweave.internal.report.ReportFiles;
import java.nio.file.Path;
import java.util.List;
import org.redisson.api.RedissonClient;

/** The runtime's {@link AuditEngine}, registered as a service. */
public final class RuntimeAuditEngine implements AuditEngine {

    /** For {@link java.util.ServiceLoader}. */
    public RuntimeAuditEngine() {}

    @Override
    public KeyCatalog load(ClassLoader loader, RedweaveConfig config) {
        return new MergedCatalog(Catalog.merge(ReportFiles.onClassPath(loader), config));
    }

    @Override
    public KeyCatalog read(List<Path> paths, RedweaveConfig config) {
        return new MergedCatalog(Catalog.merge(ReportFiles.inPaths(paths), config));
    }

    @Override
    public AuditResult run(KeyCatalog catalog, RedissonClient client, AuditOptions options, AuditListener listener) {
        if (!(client instanceof org.redisson.Redisson)) {
            throw new IllegalArgumentException(String.format(
                    "the audit needs the RedissonClient that Redisson.create returns, not a %s; pass"
                            + " redweave.redisson() or a client from Redisson.create(config)",
                    client.getClass().getName()));
        }
        return AuditRun.run(
                catalog, MergedCatalog.modelOf(catalog), client, null, options, listener, AuditRun.BatchHook.NONE);
    }

    @Override
    public AuditResult run(KeyCatalog catalog, String redisUrl, AuditOptions options, AuditListener listener) {
        return AuditConnection.audit(catalog, MergedCatalog.modelOf(catalog), redisUrl, options, listener);
    }

    @Override
    public String json(AuditResult result) {
        return AuditJson.write(result);
    }

    @Override
    public String html(AuditResult result) {
        return AuditHtml.write(result);
    }
}
