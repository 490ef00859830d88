package io.redweave.testing;

import java.util.List;

/**
 * A real Redis that a test talks to: one node, or a Redis Cluster of three masters.
 *
 * <p>Obtain one from {@link RedisServers}, from a {@code RedisServer} parameter resolved by
 * {@link RedisExtension}, or per topology with {@link AllTopologies}. Connect a client to
 * {@link #uri()}; for a cluster, give the client {@link #nodeUris()} (or any one of them) and
 * enable its cluster mode:
 *
 * <pre>{@code
 * Config config = new Config();
 * if (redis.isCluster()) {
 *     config.useClusterServers().setNodeAddresses(redis.nodeUris());
 * } else {
 *     config.useSingleServer().setAddress(redis.uri());
 * }
 * }</pre>
 *
 * <p><b>Sharing.</b> The servers from {@link RedisServers#single()} and {@link
 * RedisServers#cluster()} are shared by every test in the JVM, and may be a Redis the harness did
 * not start (see {@link #isOwned()}). Tests isolate themselves with unique key prefixes, not by
 * flushing. A test that needs Redis down uses {@link RedisServers#startDedicated()}.
 *
 * <p><b>Thread safety.</b> Implementations are thread-safe; {@link #stop()} and {@link #start()}
 * are serialized per server.
 *
 * <p>This type is deliberately not {@link AutoCloseable}: JUnit closes auto-closeable arguments
 * of parameterized tests, which would stop a shared server after the first test.
 */
public interface RedisServer {

    /**
     * The address to connect to, {@code redis://host:port} (or the URL given in {@code
     * REDWEAVE_TEST_REDIS_URL}, which may carry a password or use {@code rediss://}); for a
     * cluster, its first node.
     */
    String uri();

    /** Every node's URI, first node first; a single node gives a list of one: {@link #uri()}. */
    List<String> nodeUris();

    /** True for a Redis Cluster, where clients must follow {@code MOVED} redirections. */
    boolean isCluster();

    /**
     * True when the harness started this server and so may stop, restart or flush it; false for a
     * Redis named by {@code REDWEAVE_TEST_REDIS_URL}.
     */
    boolean isOwned();

    /**
     * Stops the server (every node of a cluster); afterwards its port(s) refuse connections.
     * Stopping a stopped server does nothing. A test that stops a shared server must {@link
     * #start()} it again before it ends, preferably in a {@code finally} block.
     *
     * @throws IllegalStateException when the server is not {@linkplain #isOwned() owned}
     */
    void stop();

    /**
     * Starts the server again on the same port(s), with the same data directory and arguments, and
     * returns once it answers {@code PING} (for a cluster: once every node reports {@code
     * cluster_state:ok}). What survives depends on those arguments: by default nothing is
     * persisted, so data is gone; with {@code --appendonly yes} it is kept. Starting a running
     * server does nothing.
     *
     * @throws IllegalStateException when the server is not owned, or does not come up before its
     *     deadline (the message then holds the tail of the server's log)
     */
    void start();

    /**
     * Deletes every key on every node ({@code FLUSHALL}).
     *
     * @throws IllegalStateException when the server is not {@linkplain #isOwned() owned}: tests
     *     never flush a Redis they did not start
     * @throws java.io.UncheckedIOException when a node cannot be reached
     */
    void flushAll();

    /**
     * How this server was found and where it runs, for logs and failure messages, e.g. {@code
     * "redis-server 7.0.15 from the PATH (/usr/bin/redis-server) on redis://127.0.0.1:40213, data in
     * /tmp/redweave-redis-123"}.
     */
    String describe();
}
