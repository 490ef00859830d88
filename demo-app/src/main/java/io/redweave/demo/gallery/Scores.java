package io.redweave.demo.gallery;

import io.redweave.Redweave;
import io.redweave.demo.web.RedisCalls;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.redisson.api.RScoredSortedSet;
import org.redisson.client.codec.StringCodec;
import org.redisson.client.protocol.ScoredEntry;

/**
 * The gallery's view counter ({@code {prefix}:counter:click}) and its board of clicks per picture
 * ({@code {prefix}:board:images}), read for the pages. Every read degrades to "unknown" while Redis
 * is unreachable, so the pages keep answering from the database.
 */
public final class Scores {

    /** The counter of gallery views, as the tutorial's {@code click} key. */
    public static final String VIEWS = "click";
    /** The board of clicks per picture URL, as the tutorial's {@code images} sorted set. */
    public static final String BOARD = "images";

    private final Redweave redweave;

    public Scores(Redweave redweave) {
        this.redweave = redweave;
    }

    /** Adds one gallery view. */
    public void countView() {
        RedisCalls.call(
                "INCR " + VIEWS,
                () -> redweave.redisson().getAtomicLong(key("counter", VIEWS)).incrementAndGetAsync());
    }

    /** Adds one click to {@code url}. */
    public void rank(String url) {
        RedisCalls.call("ZINCRBY " + BOARD, () -> board().addScoreAsync(url, 1));
    }

    /** The gallery's views, or empty while Redis is unreachable. */
    public OptionalLong views() {
        try {
            return OptionalLong.of(RedisCalls.call("GET " + VIEWS, () -> redweave.redisson()
                    .getAtomicLong(key("counter", VIEWS))
                    .getAsync()));
        } catch (RedisCalls.RedisDownException e) {
            return OptionalLong.empty();
        }
    }

    /** The {@code n} highest scores, highest first, by picture URL; empty while Redis is unreachable. */
    public List<Map.Entry<String, Long>> top(int n) {
        try {
            return RedisCalls.call("ZREVRANGE " + BOARD, () -> board().entryRangeReversedAsync(0, n - 1)).stream()
                    .map(Scores::entry)
                    .toList();
        } catch (RedisCalls.RedisDownException e) {
            return List.of();
        }
    }

    /** The clicks of {@code url} (0 if none), or empty while Redis is unreachable. */
    public OptionalLong score(String url) {
        try {
            Double score = RedisCalls.call("ZSCORE " + BOARD, () -> board().getScoreAsync(url));
            return OptionalLong.of(score == null ? 0 : score.longValue());
        } catch (RedisCalls.RedisDownException e) {
            return OptionalLong.empty();
        }
    }

    /** Takes {@code url} off the board (its picture was deleted). */
    public void remove(String url) {
        RedisCalls.call("ZREM " + BOARD, () -> board().removeAsync(url));
    }

    private RScoredSortedSet<String> board() {
        return redweave.redisson().getScoredSortedSet(key("board", BOARD), StringCodec.INSTANCE);
    }

    private String key(String kind, String name) {
        return redweave.config().keyPrefix() + ":" + kind + ":" + name;
    }

    private static Map.Entry<String, Long> entry(ScoredEntry<String> e) {
        return Map.entry(e.getValue(), e.getScore().longValue());
    }
}
