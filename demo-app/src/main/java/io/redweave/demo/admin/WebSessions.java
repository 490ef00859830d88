package io.redweave.demo.admin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.redweave.demo.web.HttpProblem;
import io.redweave.demo.web.RedisCalls;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The browser side of sessions and CSRF protection. The session cookie is HttpOnly and SameSite=Lax
 * and gets a new id at every login (no fixation). Forms carry a CSRF token: the session's own once
 * logged in; before that (the login form) a random token in a {@code csrftoken} cookie that the form
 * must echo (double submit).
 */
public final class WebSessions {

    /** The session cookie, named as Django's. */
    public static final String SESSION_COOKIE = "sessionid";
    /** The anonymous CSRF cookie, named as Django's. */
    public static final String CSRF_COOKIE = "csrftoken";
    /** The form field holding the CSRF token, named as Django's. */
    public static final String CSRF_FIELD = "csrfmiddlewaretoken";
    /** The header an API client sends the CSRF token in, named as Django's. */
    public static final String CSRF_HEADER = "X-CSRFToken";

    private static final String CURRENT = "redweave.session";
    private static final String SESSIONS_DOWN = "redweave.sessionsDown";

    private final SessionStore store;
    private final boolean secureCookies;

    public WebSessions(SessionStore store, boolean secureCookies) {
        this.store = store;
        this.secureCookies = secureCookies;
    }

    /** The request's session, looked up once per request; empty when none or while Redis is down. */
    public Optional<Session> current(Context ctx) {
        if (ctx.attribute(CURRENT) == null) {
            Optional<Session> found;
            try {
                found = store.find(ctx.cookie(SESSION_COOKIE));
            } catch (RedisCalls.RedisDownException e) {
                ctx.attribute(SESSIONS_DOWN, true);
                found = Optional.empty();
            }
            ctx.attribute(CURRENT, found);
        }
        return ctx.attribute(CURRENT);
    }

    /** Whether the session lookup of this request failed because Redis is unreachable. */
    public boolean sessionsDown(Context ctx) {
        current(ctx);
        return Boolean.TRUE.equals(ctx.attribute(SESSIONS_DOWN));
    }

    /**
     * Logs {@code user} in: drops the old session if any, stores a new one and sets its cookie.
     *
     * @throws RedisCalls.RedisDownException when Redis cannot store the session
     */
    public Session login(Context ctx, AuthUser user) {
        String old = ctx.cookie(SESSION_COOKIE);
        if (old != null) {
            store.delete(old);
        }
        Session session = store.create(user);
        ctx.cookie(cookie(SESSION_COOKIE, session.id(), (int) SessionStore.LIFETIME.toSeconds()));
        ctx.removeCookie(CSRF_COOKIE, "/");
        ctx.attribute(CURRENT, Optional.of(session));
        return session;
    }

    /** Logs out: deletes the session key and the cookie. */
    public void logout(Context ctx) {
        current(ctx).ifPresent(s -> store.delete(s.id()));
        ctx.cookie(cookie(SESSION_COOKIE, "", 0));
        ctx.attribute(CURRENT, Optional.empty());
    }

    /** The CSRF token a form on this page must carry (creating the anonymous cookie if needed). */
    public String csrfToken(Context ctx) {
        Optional<Session> session = current(ctx);
        if (session.isPresent()) {
            return session.get().csrfToken();
        }
        String token = ctx.cookie(CSRF_COOKIE);
        if (token == null || token.length() != 43) {
            token = SessionStore.randomToken();
            Cookie cookie = cookie(CSRF_COOKIE, token, (int) SessionStore.LIFETIME.toSeconds());
            cookie.setSameSite(SameSite.STRICT);
            ctx.cookie(cookie);
        }
        return token;
    }

    /**
     * Checks the CSRF token of an unsafe request (form field or header) against the expected one.
     *
     * @throws HttpProblem 403 when it is missing or wrong
     */
    public void checkCsrf(Context ctx) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && (ctx.isFormUrlencoded() || ctx.isMultipartFormData())) {
            sent = ctx.formParam(CSRF_FIELD);
        }
        String expected = current(ctx).map(Session::csrfToken).orElse(ctx.cookie(CSRF_COOKIE));
        if (sent == null || expected == null || !constantTimeEquals(sent, expected)) {
            throw new HttpProblem(
                    403, "The CSRF token is missing or wrong; reload the page and submit the form again.");
        }
    }

    private Cookie cookie(String name, String value, int maxAge) {
        Cookie c = new Cookie(name, value);
        c.setPath("/");
        c.setMaxAge(maxAge);
        c.setHttpOnly(true);
        c.setSecure(secureCookies);
        c.setSameSite(SameSite.LAX);
        return c;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
