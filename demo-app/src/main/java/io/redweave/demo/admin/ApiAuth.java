package io.redweave.demo.admin;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.redweave.demo.web.HttpProblem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who calls the API: HTTP Basic credentials, else the admin session (whose unsafe calls must echo
 * the CSRF token in {@code X-CSRFToken}, as Django REST framework's session authentication).
 */
public final class ApiAuth {

    private static final Map<String, String> CHALLENGE =
            Map.of("WWW-Authenticate", "Basic realm=\"api\", charset=\"UTF-8\"");
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Authenticator authenticator;
    private final WebSessions sessions;

    public ApiAuth(Authenticator authenticator, WebSessions sessions) {
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    /**
     * The calling user.
     *
     * @throws HttpProblem 401 with a {@code WWW-Authenticate} challenge when no or wrong credentials
     *     were sent; 403 when a session call lacks its CSRF token; 429 when the user or the address
     *     has failed to log in too often; 503 when a session was sent but Redis, where sessions
     *     live, cannot be reached
     */
    public AuthUser require(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null) {
            return basic(header, ctx.ip())
                    .orElseThrow(() -> new HttpProblem(401, "Invalid username or password.", CHALLENGE));
        }
        Optional<Session> session = sessions.current(ctx);
        if (session.isEmpty() && sessions.sessionsDown(ctx)) {
            // the client did send a session; it is Redis that cannot say whose it is
            throw new HttpProblem(
                    503,
                    "Sessions are kept in Redis, which cannot be reached right now; try again in a moment, "
                            + "or authenticate with HTTP Basic.",
                    Map.of("Retry-After", "5"));
        }
        if (session.isPresent()) {
            if (!SAFE.contains(ctx.method())) {
                sessions.checkCsrf(ctx);
            }
            return session.get().user();
        }
        throw new HttpProblem(401, "Authentication credentials were not provided.", CHALLENGE);
    }

    private Optional<AuthUser> basic(String header, String address) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return authenticator.check(decoded.substring(0, colon), decoded.substring(colon + 1), address);
    }
}
