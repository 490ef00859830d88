package io.redweave.internal.read;

/**
 * The outcome of a read. On a hit, {@code value} is the value; on a miss it is the stale value when
 * {@link #stale()}, else {@code null}. {@code expiresAt} is the envelope's expiry (epoch ms), or -1
 * for a plain entry; {@code deltaMillis} is how long its load took.
 */
record Lookup(boolean hit, boolean redisAnswered, Object value, long expiresAt, long deltaMillis) {

    static final Lookup MISS = new Lookup(false, true, null, -1, 0);
    static final Lookup UNREACHABLE = new Lookup(false, false, null, -1, 0);

    /** Whether this miss carries a value kept past its expiry. */
    boolean stale() {
        return !hit && expiresAt >= 0;
    }
}
