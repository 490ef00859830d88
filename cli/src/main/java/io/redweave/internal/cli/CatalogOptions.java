package io.redweave.internal.cli;

import io.redweave.RedweaveConfig;
import io.redweave.Ttl;
import io.redweave.audit.KeyCatalog;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options both commands share: which reports, and the settings that fill their patterns in. */
final class CatalogOptions {

    @Option(
            names = {"-r", "--report"},
            paramLabel = "PATH",
            split = ",",
            description =
                    "A cache-keys.json, a jar or war (nested jars included) or a directory searched for both;"
                            + " repeat it or give a list joined with ',' or the path separator (':'). Default: none (every key is unmatched).")
    List<String> reports = new ArrayList<>();

    @Option(
            names = "--prefix",
            paramLabel = "PREFIX",
            description = "The key prefix the application runs with. Default: REDWEAVE_KEY_PREFIX, else empty.")
    String prefix;

    @Option(
            names = "--cache-version",
            paramLabel = "N",
            description = "The cache version the application runs with. Default: REDWEAVE_VERSION, else 1.")
    Long version;

    @Option(
            names = "--default-ttl",
            paramLabel = "TTL",
            description = "The default TTL of caches whose ttl is left empty, such as 5m. Default:"
                    + " REDWEAVE_DEFAULT_TTL, else 300s.")
    String defaultTtl;

    /** The application's settings: {@code REDWEAVE_*} first, then what the options say. */
    RedweaveConfig config(Map<String, String> env) {
        RedweaveConfig.Builder b = RedweaveConfig.fromEnvironment(env).toBuilder();
        if (prefix != null) {
            b.keyPrefix(prefix);
        }
        if (version != null) {
            b.version(version);
        }
        if (defaultTtl != null) {
            b.defaultTtl(Ttl.parse(defaultTtl));
        }
        return b.build();
    }

    KeyCatalog catalog(RedweaveConfig config) {
        List<Path> paths = new ArrayList<>();
        for (String report : reports) {
            for (String path : report.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
                if (!path.isBlank()) {
                    paths.add(Path.of(path));
                }
            }
        }
        return KeyCatalog.read(paths, config);
    }
}
