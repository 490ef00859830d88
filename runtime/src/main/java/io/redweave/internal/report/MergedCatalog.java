package io.redweave.internal.report;

import io.redweave.audit.KeyCatalog;
import io.redweave.audit.KeyFamily;
import java.util.List;
import java.util.Optional;

/** The {@link KeyCatalog} that applications see, over the merged {@link Catalog}. */
public final class MergedCatalog implements KeyCatalog {

    private final Catalog catalog;

    public MergedCatalog(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The merged model behind {@code keys}, which must be one of these. */
    public static Catalog modelOf(KeyCatalog keys) {
        if (keys instanceof MergedCatalog merged) {
            return merged.catalog;
        }
        throw new IllegalArgumentException(String.format(
                "the audit needs a KeyCatalog from KeyCatalog.load or KeyCatalog.read, not a %s",
                keys.getClass().getName()));
    }

    @Override
    public List<KeyFamily> families() {
        return catalog.families().stream().map(Family::view).toList();
    }

    @Override
    public List<String> warnings() {
        return catalog.warnings();
    }

    @Override
    public List<String> sources() {
        return catalog.sources();
    }

    @Override
    public List<String> problems() {
        return catalog.problems();
    }

    @Override
    public String prefix() {
        return catalog.prefix();
    }

    @Override
    public long version() {
        return catalog.version();
    }

    @Override
    public Optional<KeyFamily> familyOf(String key) {
        return Optional.ofNullable(catalog.match(key)).map(Family::view);
    }

    @Override
    public String toJson() {
        return CatalogJson.write(catalog);
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
