package io.redweave.demo.gallery;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Who is looking, for the unique-visitor counts: a random id in a {@code visitor} cookie, made at the
 * first visit and kept for a year. It names a browser, not a person, and holds nothing else; a client
 * that keeps no cookies (curl, a load test) is a new visitor at every request.
 */
public final class Visitors {

    /** The cookie's name. */
    public static final String COOKIE = "visitor";
    /** How long a browser keeps its id. */
    public static final Duration LIFETIME = Duration.ofDays(365);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final boolean secureCookies;

    public Visitors(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    /** The visitor's id from its cookie; a new one (and its cookie) when it sent none or a malformed one. */
    public String of(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null && ID.matcher(id).matches()) {
            return id;
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Cookie cookie = new Cookie(COOKIE, fresh);
        cookie.setPath("/");
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookies);
        cookie.setSameSite(SameSite.LAX);
        ctx.cookie(cookie);
        return fresh;
    }
}
