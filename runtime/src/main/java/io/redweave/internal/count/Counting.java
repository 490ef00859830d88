package io.redweave.internal.count;

import io.redweave.Counter;
import io.redweave.Leaderboard;
import io.redweave.RedweaveConfig;
import io.redweave.internal.redis.RedisGateway;

/**
 * Everything a runtime holds for counters and boards: the compiled operations of the advice, the
 * handles, and the buffer with its flusher.
 */
public final class Counting implements AutoCloseable {

    private final CounterKeys keys;
    private final CounterCommands commands;
    private final PendingIncrements pending;
    private final CounterFlusher flusher;
    private final CountingOperations operations;

    /** Counting for one runtime. */
    public Counting(RedweaveConfig config, RedisGateway gateway) {
        boolean keep = config.counterWhenDown() == RedweaveConfig.CounterWhenDown.BUFFER;
        this.keys = new CounterKeys(config.keyPrefix());
        this.commands = new CounterCommands(gateway);
        this.pending = new PendingIncrements(config.counterBufferLimit());
        this.flusher = new CounterFlusher(pending, commands, keep);
        this.operations = new CountingOperations(keys, new Increments(commands, pending, flusher, keep));
    }

    /** The compiled {@code @Counter}/{@code @Ranked} plans. */
    public CountingOperations operations() {
        return operations;
    }

    /** A handle on counter {@code name} (already checked). */
    public Counter counter(String name) {
        return new RedisCounter(name, keys, commands);
    }

    /** A handle on board {@code name} (already checked). */
    public Leaderboard leaderboard(String name) {
        return new RedisLeaderboard(name, keys.board(name), commands.redis());
    }

    /**
     * Sends buffered increments now.
     *
     * @return the entries still pending (those Redis could not take)
     */
    public int flush() {
        return flusher.flush();
    }

    /** Entries pending in memory: buffered, or waiting for Redis to come back. */
    public int pending() {
        return pending.waiting();
    }

    /** Increments dropped because the buffer was full. */
    public long dropped() {
        return pending.dropped();
    }

    /** Stops the flusher after one last flush. */
    @Override
    public void close() {
        flusher.close();
    }
}
