package io.redweave.internal.count;

import io.redweave.RedweaveException;
import io.redweave.annotations.CountOn;
import io.redweave.internal.key.KeyTemplate;

/** One {@code @Ranked}, compiled once: after a call that counts, adds {@code by} to the rendered member's score. */
final class RankedOperation {

    private final String where;
    private final String boardKey;
    private final KeyTemplate member;
    private final double by;
    private final CountOn on;
    private final Increments increments;

    RankedOperation(String where, String boardKey, KeyTemplate member, double by, CountOn on, Increments increments) {
        this.where = where;
        this.boardKey = boardKey;
        this.member = member;
        this.by = by;
        this.on = on;
        this.increments = increments;
    }

    boolean countsOn(boolean failed) {
        return on == CountOn.ALWAYS || (on == CountOn.FAILURE) == failed;
    }

    /**
     * Ranks one call.
     *
     * @throws RedweaveException naming the method when the member cannot become text
     */
    void rank(Object[] args, Object result) {
        String text;
        try {
            text = member.renderText(args, result);
        } catch (RuntimeException e) {
            throw new RedweaveException(String.format("%s: member %s: %s", where, member.source(), e.getMessage()), e);
        }
        increments.rank(boardKey, text, by, where);
    }

    @Override
    public String toString() {
        return where;
    }
}
