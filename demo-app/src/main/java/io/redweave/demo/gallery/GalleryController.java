package io.redweave.demo.gallery;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.redweave.demo.web.HttpProblem;
import io.redweave.demo.web.Templates;

/** {@code /images/} and {@code /images/{id}/}, as the tutorial's gallery. */
public final class GalleryController {

    private final GalleryService gallery;
    private final Templates templates;

    public GalleryController(GalleryService gallery, Templates templates) {
        this.gallery = gallery;
        this.templates = templates;
    }

    /** Registers the routes. */
    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.redirect("/images/"));
        routes.get("/images/", this::gallery);
        routes.get("/images/{id}/", this::picture);
    }

    private void gallery(Context ctx) {
        templates.render(ctx, "gallery.jte", gallery.galleryPage());
    }

    private void picture(Context ctx) {
        templates.render(ctx, "picture.jte", gallery.picturePage(id(ctx)));
    }

    /** The {@code {id}} path parameter; anything but a positive number is a 404, as an unknown id. */
    static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        if (!raw.matches("[0-9]{1,18}")) {
            throw HttpProblem.notFound("There is no picture " + raw + ".");
        }
        return Long.parseLong(raw);
    }
}
