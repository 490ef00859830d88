package io.redweave.demo.gallery;

import io.redweave.Leaderboard;
import io.redweave.Redweave;
import io.redweave.RedweaveException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads back what the gallery's annotations count: the view counter ({@code {prefix}:counter:click},
 * written by {@code @Counter}) and its distinct visitors ({@code {prefix}:counter-unique:click}, a
 * HyperLogLog), each picture's distinct visitors, and the board of clicks per picture URL ({@code {prefix}:board:images},
 * written by {@code @Ranked}). Every read degrades to "unknown" while Redis is unreachable, so the
 * pages keep answering from the database.
 */
public final class Scores {

    /** The counter of gallery views, as the tutorial's {@code click} key. */
    public static final String VIEWS = "click";
    /** The counter of each picture's views, keyed by id, whose distinct visitors the picture page shows. */
    public static final String PICTURE_VIEWS = "picture.views";
    /** The board of clicks per picture URL, as the tutorial's {@code images} sorted set. */
    public static final String BOARD = "images";

    private final Redweave redweave;

    public Scores(Redweave redweave) {
        this.redweave = redweave;
    }

    /** The gallery's views, or empty while Redis is unreachable. */
    public OptionalLong views() {
        try {
            return OptionalLong.of(redweave.counter(VIEWS).get());
        } catch (RedweaveException e) {
            return OptionalLong.empty();
        }
    }

    /** The gallery's distinct visitors (a HyperLogLog estimate), or empty while Redis is unreachable. */
    public OptionalLong visitors() {
        try {
            return OptionalLong.of(redweave.counter(VIEWS).unique());
        } catch (RedweaveException e) {
            return OptionalLong.empty();
        }
    }

    /** Picture {@code id}'s distinct visitors, or empty while Redis is unreachable. */
    public OptionalLong visitors(long id) {
        try {
            return OptionalLong.of(redweave.counter(PICTURE_VIEWS).unique(String.valueOf(id)));
        } catch (RedweaveException e) {
            return OptionalLong.empty();
        }
    }

    /** The {@code n} highest scores, highest first; empty while Redis is unreachable. */
    public Optional<List<Leaderboard.Entry>> top(int n) {
        try {
            return Optional.of(redweave.leaderboard(BOARD).top(n));
        } catch (RedweaveException e) {
            return Optional.empty();
        }
    }

    /** The clicks of {@code url} (0 if none), or empty while Redis is unreachable. */
    public OptionalLong score(String url) {
        try {
            return OptionalLong.of((long) redweave.leaderboard(BOARD).score(url).orElse(0));
        } catch (RedweaveException e) {
            return OptionalLong.empty();
        }
    }

    /** Takes {@code url} off the board (its picture was deleted); false while Redis is unreachable. */
    public boolean remove(String url) {
        try {
            redweave.leaderboard(BOARD).remove(url);
            return true;
        } catch (RedweaveException e) {
            return false;
        }
    }
}
