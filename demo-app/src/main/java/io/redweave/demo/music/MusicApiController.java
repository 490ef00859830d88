package io.redweave.demo.music;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.redweave.demo.App;
import io.redweave.demo.admin.ApiAuth;
import io.redweave.demo.web.HttpProblem;
import io.redweave.demo.web.RouteTable;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code /api/musics/} and {@code /api/musics/{id}/}: the tutorial's REST API. Every call needs HTTP
 * Basic or the admin session; writes check their input and evict the cached list.
 */
public final class MusicApiController {

    /** The largest request body accepted. */
    public static final int MAX_BODY = 16 * 1024;

    private final MusicService musics;
    private final ApiAuth auth;
    private final ObjectMapper json;
    private final MusicJson out;

    public MusicApiController(MusicService musics, ApiAuth auth, ObjectMapper json, MusicJson out) {
        this.musics = musics;
        this.auth = auth;
        this.json = json;
        this.out = out;
    }

    /** Registers the routes. */
    public void register(RouteTable routes) {
        routes.before("/api/*", ctx -> auth.require(ctx));
        routes.get("/api/musics/", this::list);
        routes.post("/api/musics/", this::create);
        routes.get("/api/musics/{id}/", this::show);
        routes.put("/api/musics/{id}/", ctx -> update(ctx, false));
        routes.patch("/api/musics/{id}/", ctx -> update(ctx, true));
        routes.delete("/api/musics/{id}/", this::delete);
    }

    private void list(Context ctx) {
        ApiVersion version = ApiVersion.negotiate(ctx.header("Accept"));
        String list = version == ApiVersion.V1_0 ? musics.cachedListJson() : musics.listJson();
        respond(ctx, 200, list.getBytes(StandardCharsets.UTF_8));
    }

    private void show(Context ctx) {
        ApiVersion.negotiate(ctx.header("Accept"));
        respond(ctx, 200, out.one(musics.find(HttpProblem.pathId(ctx, "music")).orElseThrow(() -> missing(ctx))));
    }

    private void create(Context ctx) {
        MusicInput input = input(ctx, false);
        MusicView created = musics.create(input);
        ctx.header("Location", "/api/musics/" + created.id() + "/");
        respond(ctx, 201, out.one(created));
    }

    private void update(Context ctx, boolean partial) {
        long id = HttpProblem.pathId(ctx, "music");
        MusicInput input = input(ctx, partial);
        respond(ctx, 200, out.one(musics.update(id, input).orElseThrow(() -> missing(ctx))));
    }

    private void delete(Context ctx) {
        if (!musics.delete(HttpProblem.pathId(ctx, "music"))) {
            throw missing(ctx);
        }
        ctx.status(204);
    }

    private MusicInput input(Context ctx, boolean partial) {
        String type = ctx.contentType();
        // the media type itself, before any parameter: "application/jsonx" is not JSON
        if (type == null
                || !type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/json")) {
            throw new HttpProblem(
                    415,
                    String.format(
                            "Unsupported media type \"%s\"; send the body as application/json.",
                            type == null ? "" : type.length() > 100 ? type.substring(0, 100) + "..." : type));
        }
        if (ctx.contentLength() > MAX_BODY) {
            if (ctx.contentLength() <= App.MAX_REQUEST) {
                // read what was sent, so the client gets the answer instead of a reset connection
                ctx.bodyAsBytes();
            }
            throw new HttpProblem(
                    413,
                    String.format("The request body has %d bytes; send at most %d.", ctx.contentLength(), MAX_BODY));
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY) {
            throw new HttpProblem(413, String.format("The request body is over %d bytes.", MAX_BODY));
        }
        return MusicInput.parse(body, json, partial);
    }

    private static HttpProblem missing(Context ctx) {
        return HttpProblem.notFound("There is no music " + ctx.pathParam("id") + ".");
    }

    private static void respond(Context ctx, int status, byte[] body) {
        ctx.status(status).contentType("application/json").result(body);
    }
}
