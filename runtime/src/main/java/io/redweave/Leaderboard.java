package io.redweave;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A handle on one leaderboard: the sorted set that {@code @Ranked(board = ...)} writes, read as the
 * Redis tutorial reads it.
 *
 * <pre>{@code
 * Leaderboard votes = redweave.leaderboard("vote");
 * votes.add("a", 1);                    // ZINCRBY :board:vote 1 a
 * List<Leaderboard.Entry> top = votes.top(10);   // ZREVRANGE :board:vote 0 9 WITHSCORES
 * OptionalLong first = votes.rank("a"); // ZREVRANK: 0 is the highest score
 * }</pre>
 *
 * <p>The board is the Redis sorted set {@code {prefix}:board:{name}}. Members are stored as their
 * text, unescaped, so {@code redis-cli} shows them as written. Order is Redis's: higher scores first,
 * and members with equal scores in reverse lexicographic order of their bytes, exactly as {@code
 * ZREVRANGE} lists them. Clearing a cache never touches a board.
 *
 * <p>Every method throws {@link RedisUnavailableException} when Redis cannot be reached within the
 * configured timeout or the circuit breaker is open, and {@link RedweaveException} when Redis answers
 * with an error (the key holds something other than a sorted set). Implementations are immutable and
 * thread-safe.
 */
public interface Leaderboard {

    /** The board's name. */
    String name();

    /** The Redis key of the board. */
    String redisKey();

    /**
     * Adds {@code by} (which may be negative) to the member's score ({@code ZINCRBY}); a new member
     * starts at 0.
     *
     * @return the new score
     * @throws NullPointerException if {@code member} is null
     */
    double add(String member, double by);

    /**
     * The {@code n} members with the highest scores, highest first, with their scores ({@code ZREVRANGE
     * 0 n-1 WITHSCORES}); fewer when the board is smaller, empty when it does not exist.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    List<Entry> top(int n);

    /**
     * The member's position counted from the highest score ({@code ZREVRANK}): 0 for the top member;
     * empty when the member is not on the board.
     */
    OptionalLong rank(String member);

    /** The member's score ({@code ZSCORE}); empty when the member is not on the board. */
    OptionalDouble score(String member);

    /**
     * Removes the member ({@code ZREM}).
     *
     * @return whether the member was on the board
     */
    boolean remove(String member);

    /** The number of members ({@code ZCARD}); 0 when the board does not exist. */
    long size();

    /**
     * Deletes the whole board.
     *
     * @return whether it existed
     */
    boolean clear();

    /**
     * One member of a board and its score.
     *
     * @param member the member, as stored
     * @param score its score
     */
    record Entry(String member, double score) {}
}
