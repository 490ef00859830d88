package io.redweave.audit;

import io.redweave.RedweaveConfig;
import io.redweave.internal.report.Catalog;
import io.redweave.internal.report.CatalogJson;
import io.redweave.internal.report.Family;
import io.redweave.internal.report.ReportFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Every Redis key the application writes, as its modules' cache-key reports declare them, merged
 * into one: the {@code META-INF/redweave/cache-keys.json} that redweave-processor writes into each
 * jar and class directory, with the configured key prefix, version and default TTL filled in.
 *
 * <pre>{@code
 * KeyCatalog keys = KeyCatalog.load(getClass().getClassLoader(), redweave.config());
 * keys.families().forEach(f -> System.out.println(f.kind().label() + " " + f.keys()));
 * keys.warnings().forEach(System.out::println);   // a cache evicted in no module, ...
 * }</pre>
 *
 * <p>The same checks run when Redweave starts and are logged as warnings: a cache read with ttl
 * {@code forever} that no module evicts or updates, a cache given two value types by two modules,
 * a counter written under two key templates or a board ranking members under two templates, and an
 * eviction of a cache that no module uses. Immutable and thread-safe.
 */
public final class KeyCatalog {

    private final Catalog catalog;

    private KeyCatalog(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The reports on {@code loader}'s class path, one per jar or class directory, filled in from {@code config}. */
    public static KeyCatalog load(ClassLoader loader, RedweaveConfig config) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(config, "config");
        return new KeyCatalog(Catalog.merge(ReportFiles.onClassPath(loader), config));
    }

    /**
     * The reports in {@code paths}, filled in from {@code config}: each path a {@code cache-keys.json}, a
     * jar or war (with the jars nested in a Spring Boot or web archive), or a directory searched for
     * both. A path that does not exist or cannot be read is listed in {@link #problems()}.
     */
    public static KeyCatalog read(List<Path> paths, RedweaveConfig config) {
        Objects.requireNonNull(config, "config");
        return new KeyCatalog(Catalog.merge(ReportFiles.inPaths(List.copyOf(paths)), config));
    }

    /** The key families, by kind (caches first) and then name. */
    public List<KeyFamily> families() {
        return catalog.families().stream().map(Family::view).toList();
    }

    /** The cross-module findings, each naming the methods and modules involved and the fix. */
    public List<String> warnings() {
        return catalog.warnings();
    }

    /** The modules whose reports were merged: jar names or class directories. */
    public List<String> sources() {
        return catalog.sources();
    }

    /** Reports that were named or found but could not be read, as messages. */
    public List<String> problems() {
        return catalog.problems();
    }

    /** The key prefix filled in. */
    public String prefix() {
        return catalog.prefix();
    }

    /** The cache version filled in. */
    public long version() {
        return catalog.version();
    }

    /** The family {@code key} belongs to, if any of the declared patterns produces it. */
    public java.util.Optional<KeyFamily> familyOf(String key) {
        return java.util.Optional.ofNullable(catalog.match(key)).map(Family::view);
    }

    /** The merged report as JSON: prefix, version, sources, families, warnings and problems. */
    public String toJson() {
        return CatalogJson.write(catalog);
    }

    Catalog model() {
        return catalog;
    }

    @Override
    public String toString() {
        return String.format(
                "KeyCatalog[%d families from %d reports, %d warnings]",
                catalog.families().size(),
                catalog.sources().size(),
                catalog.warnings().size());
    }
}
