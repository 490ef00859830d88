package io.redweave.testing;

import java.util.function.Supplier;

/**
 * The shapes of Redis a behaviour suite runs against. {@link AllTopologies} runs a test once per
 * constant; a test can also take a {@code RedisTopology} parameter and call {@link #server()}.
 */
public enum RedisTopology {
    /** One node: {@link RedisServers#single()}. */
    SINGLE("single node", RedisServers::single),
    /** Three masters with the slots split between them: {@link RedisServers#cluster()}. */
    CLUSTER("cluster", RedisServers::cluster);

    private final String displayName;
    private final Supplier<RedisServer> server;

    RedisTopology(String displayName, Supplier<RedisServer> server) {
        this.displayName = displayName;
        this.server = server;
    }

    /**
     * The shared server of this topology, started on first use.
     *
     * @throws IllegalStateException when it cannot be found or started
     */
    public RedisServer server() {
        return server.get();
    }

    /** A short name for test reports: {@code "single node"} or {@code "cluster"}. */
    public String displayName() {
        return displayName;
    }
}
