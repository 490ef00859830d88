package io.redweave.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Hands out loopback ports that are free right now. The operating system picks each port, so
 * tests never collide on a fixed number; a port is handed out at most once per JVM so two servers
 * started side by side never race for it.
 */
final class FreePorts {

    /** A cluster node also listens on {@code port + 10000} for its bus (Redis 6 has no other choice). */
    static final int CLUSTER_BUS_OFFSET = 10_000;

    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {}

    /**
     * Returns a free loopback port; with {@code forClusterNode}, one whose bus port is free too.
     *
     * @throws IllegalStateException when no suitable port turns up after many tries
     */
    static synchronized int take(boolean forClusterNode) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = bindAndRelease(0);
            boolean busOk = !forClusterNode
                    || (port + CLUSTER_BUS_OFFSET <= 65_535 && bindAndRelease(port + CLUSTER_BUS_OFFSET) > 0);
            if (busOk && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port found after 200 tries");
    }

    /** Binds {@code port} (0: any) on 127.0.0.1 and releases it; returns the port, or -1 if taken. */
    private static int bindAndRelease(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket.getLocalPort();
        } catch (IOException e) {
            if (port == 0) {
                throw new UncheckedIOException("cannot bind any loopback port", e);
            }
            return -1;
        }
    }
}
