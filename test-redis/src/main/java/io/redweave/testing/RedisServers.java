package io.redweave.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The Redis servers of a test JVM.
 *
 * <p>{@link #single()} and {@link #cluster()} are shared: started on first use, reused by every
 * test in the JVM, stopped by a shutdown hook. {@link #startDedicated()} starts a private node for
 * a test that stops Redis or changes its configuration.
 *
 * <p>{@code single()} looks, in order, for:
 *
 * <ol>
 *   <li>the URL in the environment variable {@code REDWEAVE_TEST_REDIS_URL} (a server the harness
 *       does not own: never stopped or flushed);
 *   <li>a Testcontainers {@code redis:7} container, when Testcontainers is on the test class path
 *       and a Docker engine answers;
 *   <li>{@code redis-server} on the PATH, started on a free loopback port in its own temporary
 *       directory with persistence off;
 *   <li>the {@code redis-server} bundled in the embedded-redis jar, started the same way.
 * </ol>
 *
 * <p>{@code cluster()} and {@code startDedicated()} always start local processes from the binary
 * of steps 3 and 4. Every method is thread-safe. A failure to start is remembered and rethrown
 * (with its cause) on later calls, so one broken setup fails fast instead of once per test.
 */
public final class RedisServers {

    /** Options the harness sets itself; passing them to {@link #startDedicated(String...)} is an error. */
    private static final Set<String> MANAGED_OPTIONS =
            Set.of("--port", "--bind", "--dir", "--daemonize", "--cluster-enabled", "--logfile");

    private static final List<OwnedServer> OWNED = new CopyOnWriteArrayList<>();
    private static final List<Path> SCRATCH = new CopyOnWriteArrayList<>();
    private static final Shared SINGLE = new Shared("single Redis node", SingleNodeDiscovery::discover);
    private static final Shared CLUSTER = new Shared("Redis Cluster", () -> LocalCluster.launch(RedisBinary.locate()));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(RedisServers::disposeAll, "redweave-redis-shutdown"));
    }

    private RedisServers() {}

    /**
     * The shared single node, found as the class comment describes. If a test left it stopped,
     * it is started again first.
     *
     * @throws IllegalStateException when no Redis can be found or started
     */
    public static RedisServer single() {
        return SINGLE.get();
    }

    /**
     * The shared local Redis Cluster: three masters on free loopback ports, all 16384 slots
     * assigned, every node reporting {@code cluster_state:ok}. If a test left it stopped, it is
     * started again first.
     *
     * @throws IllegalStateException when the cluster cannot be started or does not turn {@code ok}
     */
    public static RedisServer cluster() {
        return CLUSTER.get();
    }

    /**
     * Starts a new private single node, always from a local binary, with persistence off. It is
     * {@linkplain RedisServer#isOwned() owned}: the test may stop, restart and flush it. It is
     * stopped at JVM exit; a test may {@link RedisServer#stop()} it earlier.
     *
     * @throws IllegalStateException when it cannot be started
     */
    public static RedisServer startDedicated() {
        return startDedicated(new String[0]);
    }

    /**
     * Starts a new private single node with extra {@code redis-server} options, which override the
     * defaults; for example {@code startDedicated("--appendonly", "yes")} keeps data across {@link
     * RedisServer#stop()} and {@link RedisServer#start()}. An option may also be given as one string,
     * {@code "--appendonly yes"}.
     *
     * @throws IllegalArgumentException when an option is one the harness manages ({@code --port},
     *     {@code --bind}, {@code --dir}, {@code --daemonize}, {@code --logfile}, {@code
     *     --cluster-enabled})
     * @throws IllegalStateException when the server cannot be started
     */
    public static RedisServer startDedicated(String... extraArgs) {
        List<String> args = splitOptions(extraArgs);
        for (String arg : args) {
            if (MANAGED_OPTIONS.contains(arg)) {
                throw new IllegalArgumentException(String.format(
                        "%s is chosen by the test harness and cannot be passed to startDedicated; "
                                + "read it from the returned RedisServer instead",
                        arg));
            }
        }
        return register(LocalSingleNode.launch(RedisBinary.locate(), args));
    }

    /**
     * Starts a new private three-master cluster, always from a local binary. It is {@linkplain
     * RedisServer#isOwned() owned}: a test may stop it and start it again on the same ports without
     * disturbing the shared {@link #cluster()}. It is stopped at JVM exit.
     *
     * @throws IllegalStateException when it cannot be started
     */
    public static RedisServer startDedicatedCluster() {
        return register(LocalCluster.launch(RedisBinary.locate()));
    }

    /**
     * Starts a new private cluster of three masters, each with {@code replicasPerMaster} replicas
     * told to {@code CLUSTER REPLICATE} it, for tests of a failover: kill a master and its replica
     * takes its slots after the node timeout (3 s). {@link RedisServer#nodeUris()} lists the masters
     * first, then the replicas. Owned and stopped at JVM exit, as {@link #startDedicatedCluster()}.
     *
     * @throws IllegalArgumentException when {@code replicasPerMaster} is negative
     * @throws IllegalStateException when the cluster cannot be started
     */
    public static RedisServer startDedicatedCluster(int replicasPerMaster) {
        return register(LocalCluster.launch(RedisBinary.locate(), replicasPerMaster));
    }

    /**
     * The {@code redis-server} executable the harness starts its nodes from (the PATH's, else the
     * one inside the embedded-redis jar), for a test that starts a process the harness has no
     * method for, such as {@code redis-server --sentinel}.
     *
     * @throws IllegalStateException when neither exists for this operating system
     */
    public static Path serverBinary() {
        return RedisBinary.locate().path();
    }

    /** Splits {@code "--name value"} at its first space so both spellings of an option work. */
    private static List<String> splitOptions(String... extraArgs) {
        List<String> args = new ArrayList<>();
        for (String arg : extraArgs) {
            String trimmed = arg.strip();
            int space = trimmed.indexOf(' ');
            if (trimmed.startsWith("--") && space > 0) {
                args.add(trimmed.substring(0, space));
                args.add(trimmed.substring(space + 1).strip());
            } else {
                args.add(arg);
            }
        }
        return args;
    }

    private static <T extends RedisServer> T register(T server) {
        if (server instanceof OwnedServer owned) {
            OWNED.add(owned);
        }
        return server;
    }

    /** Removes {@code dir} at JVM exit, after every server is stopped. */
    static void deleteAtExit(Path dir) {
        SCRATCH.add(dir);
    }

    private static void disposeAll() {
        for (OwnedServer server : OWNED) {
            try {
                server.dispose();
            } catch (RuntimeException e) {
                // keep stopping the others; the JVM is exiting and has nowhere to report this
            }
        }
        SCRATCH.forEach(ScratchDirs::deleteQuietly);
    }

    /** A lazily started shared server that remembers a start failure. */
    private static final class Shared {
        private final String name;
        private final Supplier<RedisServer> starter;
        private RedisServer server;
        private RuntimeException failure;

        Shared(String name, Supplier<RedisServer> starter) {
            this.name = name;
            this.starter = starter;
        }

        synchronized RedisServer get() {
            if (failure != null) {
                throw new IllegalStateException("the shared " + name + " failed to start earlier", failure);
            }
            if (server == null) {
                try {
                    server = register(starter.get());
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
            }
            if (server instanceof OwnedServer owned && !owned.isRunning()) {
                owned.start(); // a test stopped it and did not bring it back
            }
            return server;
        }
    }
}
