package io.redweave.internal.read;

/**
 * How long one {@code @Cached} method's entries live.
 *
 * @param ttlMillis the ttl of a value, or -1 for forever
 * @param jitterMillis the most random extra added to each stored value's ttl; 0 for none
 * @param cacheNull whether a {@code null} result is stored
 * @param nullTtlMillis the ttl of a stored {@code null}, or -1 for forever
 */
public record EntryTerms(long ttlMillis, long jitterMillis, boolean cacheNull, long nullTtlMillis) {}
