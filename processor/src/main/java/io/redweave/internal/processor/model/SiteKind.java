package io.redweave.internal.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * The Redweave annotations, with the attributes each rule family reads: the name attribute, the
 * duration attributes and the key-template attributes.
 */
public enum SiteKind {
    CACHED("Cached", "name", List.of("ttl", "jitter", "nullTtl"), List.of("key")),
    CACHE_EVICT("CacheEvict", "name", List.of(), List.of("key")),
    CACHE_PUT("CachePut", "name", List.of("ttl"), List.of("key")),
    COUNTER("Counter", "name", List.of("ttl", "buffer"), List.of("key", "unique")),
    RANKED("Ranked", "board", List.of(), List.of("member")),
    STAMPEDE_LOCK(
            "StampedeLock", null, List.of("lease", "maxLease", "waitFor", "refreshAhead", "keepStale"), List.of()),
    LOCKED("Locked", "name", List.of("lease", "maxLease", "waitFor"), List.of("key"));

    static final String PACKAGE = "io.redweave.annotations";

    /** The container that holds repeated {@code @CacheEvict} annotations. */
    public static final String CACHE_EVICT_LIST = PACKAGE + ".CacheEvict.List";

    private final String simpleName;
    private final String nameAttribute;
    private final List<String> durationAttributes;
    private final List<String> templateAttributes;

    SiteKind(
            String simpleName, String nameAttribute, List<String> durationAttributes, List<String> templateAttributes) {
        this.simpleName = simpleName;
        this.nameAttribute = nameAttribute;
        this.durationAttributes = durationAttributes;
        this.templateAttributes = templateAttributes;
    }

    /** The annotation's canonical name, such as {@code io.redweave.annotations.Cached}. */
    public String annotationName() {
        return PACKAGE + "." + simpleName;
    }

    /** The annotation as written in source and messages: {@code @Cached}. */
    public String label() {
        return "@" + simpleName;
    }

    /** The attribute that names a cache, counter, board or lock; empty for {@code @StampedeLock}. */
    public Optional<String> nameAttribute() {
        return Optional.ofNullable(nameAttribute);
    }

    public List<String> durationAttributes() {
        return durationAttributes;
    }

    public List<String> templateAttributes() {
        return templateAttributes;
    }

    /** The kind whose annotation has this canonical name. */
    public static Optional<SiteKind> byAnnotationName(String name) {
        for (SiteKind kind : values()) {
            if (kind.annotationName().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
