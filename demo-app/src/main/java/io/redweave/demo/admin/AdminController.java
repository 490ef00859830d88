package io.redweave.demo.admin;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.redweave.Redweave;
import io.redweave.audit.AuditListener;
import io.redweave.audit.AuditOptions;
import io.redweave.audit.AuditResult;
import io.redweave.audit.KeyAudit;
import io.redweave.audit.KeyCatalog;
import io.redweave.demo.EmbeddedRedis;
import io.redweave.demo.gallery.GalleryService;
import io.redweave.demo.music.MusicService;
import io.redweave.demo.web.HttpProblem;
import io.redweave.demo.web.RedisCalls;
import io.redweave.demo.web.RouteTable;
import io.redweave.demo.web.Templates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /admin/}: login, logout and the dashboard, and the guard that keeps every other admin page
 * behind a session.
 */
public final class AdminController {

    private static final String LOGIN = "/admin/login/";

    private final WebSessions sessions;
    private final Authenticator authenticator;
    private final Templates templates;
    private final Redweave redweave;
    private final GalleryService gallery;
    private final MusicService musics;
    private final CacheKeyReport report;
    private final String redisWhere;
    private final Supplier<Optional<EmbeddedRedis.Status>> embedded;

    public AdminController(
            WebSessions sessions,
            Authenticator authenticator,
            Templates templates,
            Redweave redweave,
            GalleryService gallery,
            MusicService musics,
            CacheKeyReport report,
            String redisWhere,
            Supplier<Optional<EmbeddedRedis.Status>> embedded) {
        this.sessions = sessions;
        this.authenticator = authenticator;
        this.templates = templates;
        this.redweave = redweave;
        this.gallery = gallery;
        this.musics = musics;
        this.report = report;
        this.redisWhere = redisWhere;
        this.embedded = embedded;
    }

    /** Registers the routes and the guard. */
    public void register(RouteTable routes) {
        routes.before(this::guard);
        routes.get(LOGIN, this::loginForm);
        routes.post(LOGIN, this::login);
        routes.post("/admin/logout/", this::logout);
        routes.get("/admin/", this::dashboard);
        routes.get("/admin/audit/", this::audit);
    }

    private void guard(Context ctx) {
        String path = ctx.path();
        if (!path.startsWith("/admin") || path.startsWith(LOGIN) || path.equals("/admin/login") || isLogout(path)) {
            return;
        }
        if (sessions.current(ctx).isPresent()) {
            if (ctx.method() == HandlerType.POST) {
                sessions.checkCsrf(ctx);
            }
            return;
        }
        if (ctx.method() == HandlerType.GET) {
            ctx.redirect(LOGIN + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8), HttpStatus.FOUND);
            ctx.skipRemainingHandlers();
            return;
        }
        throw new HttpProblem(403, "Log in first: this admin action needs a session.");
    }

    private void loginForm(Context ctx) {
        if (sessions.current(ctx).isPresent()) {
            ctx.redirect(safeNext(ctx.queryParam("next")), HttpStatus.FOUND);
            return;
        }
        String error = sessions.sessionsDown(ctx) ? redisDownMessage() : null;
        templates.render(
                ctx,
                "admin/login.jte",
                new LoginPage(sessions.csrfToken(ctx), safeNext(ctx.queryParam("next")), error, ""));
    }

    private void login(Context ctx) {
        sessions.checkCsrf(ctx);
        String username = orEmpty(ctx.formParam("username"));
        String next = safeNext(ctx.formParam("next"));
        Optional<AuthUser> user;
        try {
            user = authenticator.check(username, orEmpty(ctx.formParam("password")), ctx.ip());
        } catch (LoginThrottle.LockedOut e) {
            ctx.status(429).header("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
            templates.render(
                    ctx, "admin/login.jte", new LoginPage(sessions.csrfToken(ctx), next, e.getMessage(), username));
            return;
        }
        if (user.isEmpty()) {
            ctx.status(200);
            templates.render(
                    ctx,
                    "admin/login.jte",
                    new LoginPage(
                            sessions.csrfToken(ctx),
                            next,
                            "Please enter the correct username and password.",
                            username));
            return;
        }
        try {
            sessions.login(ctx, user.get());
        } catch (RedisCalls.RedisDownException e) {
            ctx.status(503);
            templates.render(
                    ctx, "admin/login.jte", new LoginPage(sessions.csrfToken(ctx), next, redisDownMessage(), username));
            return;
        }
        ctx.redirect(next, HttpStatus.FOUND);
    }

    // without a session (it expired, say) there is nothing to end: back to the login form
    private void logout(Context ctx) {
        if (sessions.current(ctx).isPresent()) {
            sessions.checkCsrf(ctx);
            try {
                sessions.logout(ctx);
            } catch (RedisCalls.RedisDownException e) {
                // the cookie is gone; the key expires with its TTL
            }
        }
        ctx.redirect(LOGIN, HttpStatus.FOUND);
    }

    private static boolean isLogout(String path) {
        return path.equals("/admin/logout/") || path.equals("/admin/logout");
    }

    private void dashboard(Context ctx) {
        Session session = sessions.current(ctx).orElseThrow();
        var caches = redweave.stats().values().stream()
                .sorted(Comparator.comparing(io.redweave.CacheStats::name))
                .map(CacheRow::of)
                .toList();
        templates.render(
                ctx,
                "admin/dashboard.jte",
                new Dashboard(
                        session.username(),
                        session.csrfToken(),
                        caches,
                        redweave.degradedCalls(),
                        redisWhere,
                        embedded.get().orElse(null),
                        gallery.pictures().size(),
                        musics.count(),
                        report));
    }

    /**
     * The live Redis audited against the cache-key reports on the class path: the page the command line
     * writes, or its JSON with {@code ?format=json}. Redis trouble gives a page marked partial, not an error.
     */
    private void audit(Context ctx) {
        KeyCatalog keys = KeyCatalog.load(AdminController.class.getClassLoader(), redweave.config());
        AuditResult result = KeyAudit.run(keys, redweave.redisson(), AuditOptions.defaults(), AuditListener.NONE);
        if ("json".equals(ctx.queryParam("format"))) {
            ctx.contentType("application/json").result(result.toJson());
        } else {
            ctx.html(result.toHtml());
        }
    }

    // only a path inside the admin: never an open redirect to another site
    static String safeNext(String next) {
        if (next != null && next.startsWith("/admin/") && !next.startsWith("//") && !next.contains("\\")) {
            return next;
        }
        return "/admin/";
    }

    private static String redisDownMessage() {
        return "Sessions are kept in Redis, which cannot be reached right now; try again in a moment.";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
