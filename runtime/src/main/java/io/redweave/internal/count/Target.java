package io.redweave.internal.count;

/**
 * What one pending increment adds to once it reaches Redis. Increments with equal targets add up in
 * memory, so a hot counter occupies one entry however often it is counted.
 *
 * @param kind the Redis command it becomes
 * @param key the full Redis key
 * @param member the board member or the distinct value; null for a counter
 * @param ttlMillis the window set with the first increment, or -1 for none
 */
record Target(Kind kind, String key, String member, long ttlMillis) {

    /** The command a target becomes. */
    enum Kind {
        /** {@code INCRBY}, with the window when there is one. */
        COUNTER,
        /** {@code PFADD} of the member, with the window when there is one. */
        UNIQUE,
        /** {@code ZINCRBY} of the member. */
        BOARD
    }

    static Target counter(String key, long ttlMillis) {
        return new Target(Kind.COUNTER, key, null, ttlMillis);
    }

    static Target unique(String key, String element, long ttlMillis) {
        return new Target(Kind.UNIQUE, key, element, ttlMillis);
    }

    static Target board(String key, String member) {
        return new Target(Kind.BOARD, key, member, -1);
    }
}
