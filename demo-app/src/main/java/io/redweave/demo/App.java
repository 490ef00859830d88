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
import io.redweave.demo.admin.PasswordHasher;
import io.redweave.demo.admin.SessionStore;
import io.redweave.demo.admin.WebSessions;
import io.redweave.demo.gallery.GalleryController;
import io.redweave.demo.gallery.GalleryService;
import io.redweave.demo.gallery.PictureFiles;
import io.redweave.demo.gallery.PictureRepository;
import io.redweave.demo.gallery.Scores;
import io.redweave.demo.music.MusicApiController;
import io.redweave.demo.music.MusicJson;
import io.redweave.demo.music.MusicRepository;
import io.redweave.demo.music.MusicService;
import io.redweave.demo.ops.OpsController;
import io.redweave.demo.web.ErrorHandling;
import io.redweave.demo.web.Templates;

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
        Authenticator authenticator = new Authenticator(infra.database(), hasher, infra.clock());
        WebSessions sessions = new WebSessions(
                new SessionStore(infra.redweave(), json, infra.clock()),
                infra.settings().secureCookies());
        GalleryService gallery = new GalleryService(
                new PictureRepository(infra.database()), new Scores(infra.redweave()), infra.clock());
        MusicJson musicJson = new MusicJson(json);
        MusicService musics = new MusicService(new MusicRepository(infra.database()), musicJson, infra.clock());
        PictureFiles files = new PictureFiles(infra.settings().dataDir());
        CacheKeyReport report = CacheKeyReport.load(json, App.class.getClassLoader());

        return Javalin.create(config -> {
            configure(config);
            new ErrorHandling(templates, json).register(config.routes);
            new GalleryController(gallery, templates).register(config.routes);
            files.register(config.routes);
            new MusicApiController(musics, new ApiAuth(authenticator, sessions), json, musicJson)
                    .register(config.routes);
            new AdminController(
                            sessions,
                            authenticator,
                            templates,
                            infra.redweave(),
                            gallery,
                            musics,
                            report,
                            infra.redisWhere())
                    .register(config.routes);
            new AdminListsController(sessions, templates, gallery, files, musics).register(config.routes);
            new OpsController(infra.redweave(), infra.database(), infra.registry(), json).register(config.routes);
        });
    }

    private static void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = MAX_REQUEST;
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
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "same-origin");
        });
    }
}
