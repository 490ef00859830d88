package io.redweave.internal.key;

import io.redweave.KeyFunction;

/**
 * One cache namespace at one version: builds its stored keys and the {@code SCAN} pattern that finds
 * them and nothing else. The only place where a cache key is assembled.
 */
public final class Namespace {

    private final String prefix;
    private final long version;
    private final String name;
    private final KeyFunction keyFunction;
    private final String head;

    /** A namespace; {@code name} is empty for the default (Django-style) cache. */
    public Namespace(String prefix, long version, String name, KeyFunction keyFunction) {
        this.prefix = prefix;
        this.version = version;
        this.name = name;
        this.keyFunction = keyFunction;
        this.head = keyFunction.makeKey(prefix, version, name.isEmpty() ? "" : name + ":");
    }

    /** The cache name; empty for the default cache. */
    public String name() {
        return name;
    }

    /** The version. */
    public long version() {
        return version;
    }

    /** The same namespace at another version. */
    public Namespace withVersion(long other) {
        return new Namespace(prefix, other, name, keyFunction);
    }

    /** The stored key for an already-escaped key. */
    public String key(String escapedKey) {
        return head + escapedKey;
    }

    /** The stored key for a key given by a caller, escaped here. */
    public String keyOf(String rawKey) {
        return head + KeyEncoding.escape(rawKey);
    }

    /** The caller's key back from a stored key of this namespace. */
    public String rawKeyOf(String storedKey) {
        return KeyEncoding.unescape(storedKey.substring(head.length()));
    }

    /**
     * The {@code SCAN} pattern for keys of this namespace whose escaped part matches {@code glob}
     * (already a Redis glob over escaped text).
     */
    public String pattern(String glob) {
        String fixed = keyFunction.makeKey(
                KeyEncoding.globLiteral(prefix), version, name.isEmpty() ? "" : KeyEncoding.globLiteral(name) + ":");
        return fixed + glob;
    }

    /**
     * Whether a key returned by {@link #pattern} really belongs here. The default namespace's keys hold
     * no {@code :} after the head, so a named cache's keys (which do) are never taken for its own.
     */
    public boolean owns(String storedKey) {
        return storedKey.startsWith(head) && (!name.isEmpty() || storedKey.indexOf(':', head.length()) < 0);
    }
}
