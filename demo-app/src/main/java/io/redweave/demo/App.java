package io.redweave.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.redweave.demo.admin.AdminController;
import io.redweave.demo.admin.AdminListsController;
import io.redweave.demo.admin.ApiAuth;
import io.redweave.demo.admin.Authenticator;
import io.redweave.demo.admin.CacheKeyReport;
import io.redweave.demo.admin.LoginThrottle;
import io.redweave.demo.admin.PasswordHasher;
import io.redweave.demo.admin.SessionStore;
import io.redweave.demo.admin.WebSessions;
import io.redweave.demo.gallery.GalleryController;
import io.redweave.demo.gallery.GalleryService;
import io.redweave.demo.gallery.PictureFiles;
import io.redweave.demo.gallery.PictureRepository;
import io.redweave.demo.gallery.Scores;
import io.redweave.demo.gallery.Visitors;
import io.redweave.demo.music.MusicApiController;
import io.redweave.demo.music.MusicJson;
import io.redweave.demo.music.MusicRepository;
import io.redweave.demo.music.MusicService;
import io.redweave.demo.ops.OpsController;
import io.redweave.demo.web.ErrorHandling;
import io.redweave.demo.web.ProtocolErrors;
import io.redweave.demo.web.RequestBodies;
import io.redweave.demo.web.RouteTable;
import io.redweave.demo.web.SecurityHeaders;
import io.redweave.demo.web.Templates;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the demo's Javalin server, not started, so that {@link Main} starts it and tests drive it.
 * Every route is registered here, feature by feature.
 */
public final class App {

    /** The largest request accepted (a picture upload); the API takes far less, see its controller. */
    public static final long MAX_REQUEST = 3L * 1024 * 1024;

    private App() {}

    /** The server over {@code infra}. */
    public static Javalin create(Infrastructure infra) {
        ObjectMapper json = new ObjectMapper();
        Templates templates = new Templates();
        PasswordHasher hasher = new PasswordHasher(infra.settings().passwordIterations());
        Authenticator authenticator = new Authenticator(
                infra.database(),
                hasher,
                new LoginThrottle(infra.redweave(), infra.settings().loginLimits()),
                infra.clock());
        WebSessions sessions = new WebSessions(
                new SessionStore(infra.redweave(), json, infra.clock()),
                infra.settings().secureCookies());
        GalleryService gallery = new GalleryService(
                new PictureRepository(infra.database()), new Scores(infra.redweave()), infra.clock());
        MusicJson musicJson = new MusicJson(json);
        MusicService musics = new MusicService(new MusicRepository(infra.database()), musicJson, infra.clock());
        PictureFiles files = new PictureFiles(infra.settings().dataDir());
        CacheKeyReport report = CacheKeyReport.load(json, App.class.getClassLoader());

        ErrorHandling errors = new ErrorHandling(templates, json);
        return Javalin.create(config -> {
            configure(config, new ProtocolErrors(errors));
            errors.register(config.routes);
            RouteTable routes = new RouteTable(config.routes);
            new GalleryController(
                            gallery, templates, new Visitors(infra.settings().secureCookies()))
                    .register(routes);
            files.register(routes);
            new MusicApiController(musics, new ApiAuth(authenticator, sessions), json, musicJson).register(routes);
            new AdminController(
                            sessions,
                            authenticator,
                            templates,
                            infra.redweave(),
                            gallery,
                            musics,
                            report,
                            infra.redisWhere(),
                            embeddedStatus(infra))
                    .register(routes);
            new AdminListsController(sessions, templates, gallery, files, musics).register(routes);
            new OpsController(infra.redweave(), infra.database(), infra.registry(), json, embeddedStatus(infra))
                    .register(routes);
            routes.finish();
        });
    }

    private static Supplier<Optional<EmbeddedRedis.Status>> embeddedStatus(Infrastructure infra) {
        return () -> infra.embeddedRedis().map(EmbeddedRedis::status);
    }

    private static void configure(JavalinConfig config, ProtocolErrors protocolErrors) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = MAX_REQUEST;
        // a path that exists under another method is a 405 naming the right ones, not a 404
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> server.setErrorHandler(protocolErrors));
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(protocolErrors));
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/media/pictures";
            files.directory = "/media/pictures";
            files.location = Location.CLASSPATH;
            files.headers = java.util.Map.of("Cache-Control", "max-age=3600");
        });
        config.routes.after(ctx -> {
            SecurityHeaders.forPath(ctx.path()).forEach(ctx::header);
            RequestBodies.drain(ctx);
        });
    }
}
