package io.redweave.internal.cli;

import io.redweave.audit.KeyCatalog;
import io.redweave.audit.KeyFamily;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: the merged cache-key report of several modules and its cross-module warnings. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Merges the cache-key reports of an application's modules, fills in the prefix and version, and lists"
                    + " every key family with the warnings only the whole application shows.",
            "Exit code 0 when there is no warning, 3 when there are warnings or unreadable reports."
        })
final class ReportCommand implements Callable<Integer>, Main.EnvironmentAware {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CatalogOptions catalog = new CatalogOptions();

    @Option(
            names = "--json",
            paramLabel = "FILE",
            description = "Write the merged report as JSON; '-' for standard output (then no table).")
    String json;

    private Map<String, String> env = Map.of();

    @Override
    public void environment(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        KeyCatalog keys = catalog.catalog(catalog.config(env));
        PrintWriter out = spec.commandLine().getOut();
        if (!"-".equals(json)) {
            print(keys, out);
        }
        Outputs.write(json, keys.toJson(), out, "JSON");
        return keys.warnings().isEmpty() && keys.problems().isEmpty() ? 0 : Main.PARTIAL;
    }

    private static void print(KeyCatalog keys, PrintWriter out) {
        out.printf(
                "Redis keys of %d module(s), prefix '%s', version %d%n%n",
                keys.sources().size(), keys.prefix(), keys.version());
        List<List<String>> rows = new ArrayList<>();
        for (KeyFamily f : keys.families()) {
            rows.add(List.of(
                    f.kind().label(),
                    f.name(),
                    String.join(" ", f.keys()),
                    f.redisType(),
                    f.lifetime().declared(),
                    String.join(", ", f.modules())));
        }
        TextTable.print(out, List.of("kind", "name", "key", "type", "ttl", "modules"), rows);
        AuditTable.messages(out, "Warnings", keys.warnings());
        AuditTable.messages(out, "Reports that could not be read", keys.problems());
    }
}
