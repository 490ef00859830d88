package io.redweave.internal.cli;

import io.redweave.RedweaveConfig;
import io.redweave.Ttl;
import io.redweave.audit.AuditListener;
import io.redweave.audit.AuditOptions;
import io.redweave.audit.AuditResult;
import io.redweave.audit.KeyAudit;
import io.redweave.audit.KeyCatalog;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code audit [URL]}: scans a live Redis and prints what each declared key family holds. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "Scans a live Redis (SCAN, never KEYS, at a bounded rate; every master of a Cluster) and matches every"
                    + " key to the application's cache-key reports: keys, memory, remaining TTLs, keys without a"
                    + " declared TTL and the largest keys per family, and the keys that match no declaration.",
            "Exit code 0 when the audit saw every key, 3 when its result is partial (printed all the same)."
        })
final class AuditCommand implements Callable<Integer>, Main.EnvironmentAware {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "URL",
            description = "redis://[[user]:password@]host:port[/db] (rediss:// for TLS); any node of a Cluster."
                    + " Default: REDWEAVE_REDIS_URL, else redis://127.0.0.1:6379.")
    String url;

    @Mixin
    CatalogOptions catalog = new CatalogOptions();

    @Option(
            names = "--json",
            paramLabel = "FILE",
            description = "Also write the result as JSON; '-' for standard output (then no table).")
    String json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the result as one HTML page with charts.")
    String html;

    @Option(
            names = "--count",
            paramLabel = "N",
            defaultValue = "1000",
            description = "The COUNT of each SCAN. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(
            names = "--rate",
            paramLabel = "N",
            defaultValue = "50",
            description =
                    "At most N SCAN calls a second (about N x COUNT keys a second); 0 for no bound. Default: ${DEFAULT-VALUE}.")
    double rate;

    @Option(
            names = "--memory-samples",
            paramLabel = "N",
            defaultValue = "100000",
            description =
                    "About how many keys get a MEMORY USAGE; a larger keyspace is sampled. Default: ${DEFAULT-VALUE}.")
    int memorySamples;

    @Option(
            names = "--timeout",
            paramLabel = "TTL",
            defaultValue = "10s",
            description = "How long one command may take. Default: ${DEFAULT-VALUE}.")
    String timeout;

    @Option(
            names = "--progress",
            negatable = true,
            description = "Show a progress bar on standard error. Default: on a terminal, for 10,000 keys or more.")
    Boolean progress;

    private Map<String, String> env = Map.of();

    @Override
    public void environment(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        RedweaveConfig config = catalog.config(env);
        KeyCatalog keys = catalog.catalog(config);
        AuditOptions options = AuditOptions.defaults()
                .withScanCount(count)
                .withMaxScansPerSecond(rate)
                .withMemorySamples(memorySamples)
                .withCommandTimeout(Ttl.parse(timeout).duration());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AuditListener listener =
                progress == Boolean.FALSE ? AuditListener.NONE : new ProgressBar(err, progress == Boolean.TRUE);
        AuditResult result = KeyAudit.run(keys, url != null ? url : defaultUrl(config), options, listener);
        if (listener instanceof ProgressBar bar) {
            bar.finish();
        }
        boolean tableToOut = !"-".equals(json);
        if (tableToOut) {
            AuditTable.print(result, out);
        }
        Outputs.write(json, result.toJson(), out, "JSON");
        Outputs.write(html, result.toHtml(), out, "HTML");
        if (result.partial() && !tableToOut) {
            err.println("redweave-cli: the result is partial: " + String.join("; ", result.problems()));
        }
        return result.partial() ? Main.PARTIAL : 0;
    }

    /** The application's own Redis, with its password when the URL carries none. */
    private static String defaultUrl(RedweaveConfig config) {
        String first = config.redisUrls().get(0);
        if (config.password() == null || first.contains("@")) {
            return first;
        }
        return first.replaceFirst("://", "://:" + URLEncoder.encode(config.password(), StandardCharsets.UTF_8) + "@");
    }
}
