package io.redweave.audit;

import io.redweave.RedweaveConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * eviction of a cache that no module uses. Implementations are immutable and thread-safe; applications obtain one from {@link #load}
 * or {@link #read} and do not implement it.
 */
public interface KeyCatalog {

    /** The reports on {@code loader}'s class path, one per jar or class directory, filled in from {@code config}. */
    static KeyCatalog load(ClassLoader loader, RedweaveConfig config) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(config, "config");
        return AuditEngines.engine().load(loader, config);
    }

    /**
     * The reports in {@code paths}, filled in from {@code config}: each path a {@code cache-keys.json}, a
     * jar or war (with the jars nested in a Spring Boot or web archive), or a directory searched for
     * both. A path that does not exist or cannot be read is listed in {@link #problems()}.
     */
    static KeyCatalog read(List<Path> paths, RedweaveConfig config) {
        Objects.requireNonNull(config, "config");
        return AuditEngines.engine().read(List.copyOf(paths), config);
    }

    /** The key families, by kind (caches first) and then name. */
    List<KeyFamily> families();

    /** The cross-module findings, each naming the methods and modules involved and the fix. */
    List<String> warnings();

    /** The modules whose reports were merged: jar names or class directories. */
    List<String> sources();

    /** Reports that were named or found but could not be read, as messages. */
    List<String> problems();

    /** The key prefix filled in. */
    String prefix();

    /** The cache version filled in. */
    long version();

    /** The family {@code key} belongs to, if any of the declared patterns produces it. */
    Optional<KeyFamily> familyOf(String key);

    /** The merged report as JSON: prefix, version, sources, families, warnings and problems. */
    String toJson();
}
