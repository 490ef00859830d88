package io.redweave.testing;

/** A server the harness started; {@link RedisServers} restarts it if left stopped and disposes it at exit. */
interface OwnedServer extends RedisServer {

    @Override
    default boolean isOwned() {
        return true;
    }

    /** True while every process (or the container) of this server runs. */
    boolean isRunning();

    /** Stops for good and removes the server's files; called from the shutdown hook. */
    void dispose();
}
