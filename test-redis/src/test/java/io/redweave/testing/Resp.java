package io.redweave.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;

/** Sends one command to a test server, following a cluster's MOVED redirection once. */
final class Resp {

    private Resp() {}

    static Object call(RedisServer server, String... args) {
        URI uri = URI.create(server.uri());
        return call(uri.getHost(), uri.getPort(), args, true);
    }

    static Object callNode(String nodeUri, String... args) {
        URI uri = URI.create(nodeUri);
        return call(uri.getHost(), uri.getPort(), args, false);
    }

    private static Object call(String host, int port, String[] args, boolean followMoved) {
        try (RespConnection connection = RespConnection.open(host, port, Duration.ofSeconds(5))) {
            return connection.call(args);
        } catch (RespConnection.ErrorReply e) {
            if (!followMoved || !e.getMessage().startsWith("MOVED ")) {
                throw e;
            }
            String target = e.getMessage().split(" ")[2]; // MOVED <slot> <host>:<port>
            int colon = target.lastIndexOf(':');
            return call(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)), args, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + host + ":" + port, e);
        }
    }

    static int port(RedisServer server) {
        return URI.create(server.uri()).getPort();
    }
}
