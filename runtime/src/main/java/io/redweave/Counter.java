package io.redweave;

/**
 * A handle on one named counter: the figures that {@code @Counter(name = ...)} writes, read back
 * cheaply, plus the increments themselves for code that counts by hand.
 *
 * <pre>{@code
 * Counter views = redweave.counter("gallery.views");
 * long total = views.get();                     // GET :counter:gallery.views
 * long today = views.get("2025-01-31");         // GET :counter:gallery.views:2025-01-31
 * long visitors = views.unique("2025-01-31");   // PFCOUNT :counter-unique:gallery.views:2025-01-31
 * }</pre>
 *
 * <p><b>Keys.</b> The counter is the Redis string {@code {prefix}:counter:{name}}; a keyed counter
 * (one per day, per page...) is {@code {prefix}:counter:{name}:{key}}. The distinct values of a
 * {@code unique} counter live in a HyperLogLog under {@code {prefix}:counter-unique:{name}[:{key}]}.
 * A {@code key} given here is escaped exactly as a key template escapes one rendered value, so {@code
 * get(day)} reads what {@code @Counter(key = "{day}")} wrote. Clearing a cache never touches either.
 *
 * <p><b>Failures.</b> Unlike the annotation, which never fails its method, every method here throws
 * {@link RedisUnavailableException} when Redis cannot be reached within the configured timeout or the
 * circuit breaker is open, and {@link RedweaveException} when Redis answers with an error (the key
 * holds something other than an integer, say). Reads see what Redis holds: increments still buffered
 * in memory (see {@code @Counter(buffer)} and {@link RedweaveConfig#counterWhenDown()}) appear after
 * the next flush, or at once after {@link Redweave#flushCounters()}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Counter {

    /** The counter's name. */
    String name();

    /** The value of the counter without a key; 0 when it was never incremented or has expired. */
    long get();

    /** The value of the counter for {@code key}; 0 when absent or expired. */
    long get(String key);

    /**
     * Adds 1 to the counter without a key ({@code INCRBY}); a missing counter starts at 0.
     *
     * @return the new value
     */
    long incr();

    /**
     * Adds {@code by} (which may be negative) to the counter without a key.
     *
     * @return the new value
     */
    long incr(long by);

    /**
     * Adds {@code by} to the counter for {@code key}.
     *
     * @return the new value
     */
    long incr(String key, long by);

    /**
     * Adds {@code by} to the counter for {@code key}, giving it the time to live {@code window} if it
     * has none, in the same atomic step: a windowed counter never exists without its expiry, and a
     * later increment does not extend it.
     *
     * @param window the time to live; {@link Ttl#FOREVER} adds without setting one
     * @return the new value
     */
    long incr(String key, long by, Ttl window);

    /** Deletes the counter without a key and its distinct values. */
    void reset();

    /** Deletes the counter for {@code key} and its distinct values. */
    void reset(String key);

    /**
     * The number of distinct values counted by a {@code unique} counter without a key ({@code
     * PFCOUNT}): an estimate with a standard error of 0.81 %, exact for small counts; 0 when absent.
     */
    long unique();

    /** The number of distinct values counted for {@code key}; see {@link #unique()}. */
    long unique(String key);

    /** The Redis key of the counter for {@code key}, or without a key when {@code key} is null. */
    String redisKey(String key);
}
