package io.redweave.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;

/**
 * A Redis named by {@value #ENV}: someone else's server, so the harness never stops, starts or
 * flushes it. The URL is {@code redis://[[user:]password@]host[:port][/db]} or {@code rediss://...}.
 */
final class ExternalRedis implements RedisServer {

    static final String ENV = "REDWEAVE_TEST_REDIS_URL";

    private final String url;
    private final URI parsed;

    /** @throws IllegalArgumentException when {@code url} is not a redis:// or rediss:// URL with a host */
    ExternalRedis(String url) {
        this.url = url.strip();
        try {
            this.parsed = new URI(this.url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(String.format("%s=%s is not a URL: %s", ENV, url, e.getMessage()), e);
        }
        boolean knownScheme = "redis".equals(parsed.getScheme()) || "rediss".equals(parsed.getScheme());
        if (!knownScheme || parsed.getHost() == null) {
            throw new IllegalArgumentException(
                    String.format("%s=%s must look like redis://host:port or rediss://host:port", ENV, safeUrl()));
        }
    }

    /**
     * Fails fast, at the first test, when the server does not answer: a wrong URL should not
     * surface as a timeout deep inside the client under test. TLS URLs are not checked here.
     */
    ExternalRedis verifyAnswers() {
        if ("rediss".equals(parsed.getScheme())) {
            return this;
        }
        int port = parsed.getPort() > 0 ? parsed.getPort() : 6379;
        try (RespConnection connection = RespConnection.open(parsed.getHost(), port, Duration.ofSeconds(5))) {
            authenticate(connection);
            connection.call("PING");
            return this;
        } catch (IOException | RespConnection.ErrorReply e) {
            throw new IllegalStateException(
                    String.format("%s=%s does not answer PING: %s", ENV, safeUrl(), e.getMessage()), e);
        }
    }

    private void authenticate(RespConnection connection) throws IOException {
        String userInfo = parsed.getUserInfo();
        if (userInfo == null || userInfo.isEmpty()) {
            return;
        }
        int colon = userInfo.indexOf(':');
        if (colon < 0) {
            connection.call("AUTH", userInfo);
        } else if (colon == 0) {
            connection.call("AUTH", userInfo.substring(1));
        } else {
            connection.call("AUTH", userInfo.substring(0, colon), userInfo.substring(colon + 1));
        }
    }

    @Override
    public String uri() {
        return url;
    }

    @Override
    public List<String> nodeUris() {
        return List.of(url);
    }

    @Override
    public boolean isCluster() {
        return false;
    }

    @Override
    public boolean isOwned() {
        return false;
    }

    @Override
    public void stop() {
        throw notOwned("stop");
    }

    @Override
    public void start() {
        throw notOwned("start");
    }

    @Override
    public void flushAll() {
        throw notOwned("flush");
    }

    private IllegalStateException notOwned(String action) {
        return new IllegalStateException(String.format(
                "refusing to %s %s: it comes from %s and was not started by the test harness; "
                        + "use RedisServers.startDedicated() for a server a test may %s",
                action, safeUrl(), ENV, action));
    }

    @Override
    public String describe() {
        return String.format("%s (%s), not started by the test harness", ENV, safeUrl());
    }

    /** The URL with any password masked, fit for logs. */
    private String safeUrl() {
        String userInfo = parsed == null ? null : parsed.getRawUserInfo();
        return userInfo == null ? url : url.replace(userInfo + "@", "***@");
    }

    @Override
    public String toString() {
        return "external " + safeUrl();
    }
}
