package io.redweave;

/**
 * Builds the stored Redis key from the prefix, the version and the namespaced key (Django's {@code
 * KEY_FUNCTION}). The default, {@link #DEFAULT}, gives {@code prefix:version:key}.
 *
 * <p>Contract: the result must end with {@code key} unchanged, and everything before it must depend
 * only on the prefix and the version. {@code clear()} and {@code keys()} rely on it to build their
 * {@code SCAN} patterns.
 */
@FunctionalInterface
public interface KeyFunction {

    /** Django's key function: {@code prefix:version:key}. */
    KeyFunction DEFAULT = (prefix, version, key) -> prefix + ':' + version + ':' + key;

    /** The stored key for {@code key} (already escaped and namespaced) at {@code version}. */
    String makeKey(String prefix, long version, String key);
}
