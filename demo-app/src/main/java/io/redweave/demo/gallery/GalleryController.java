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
        templates.render(ctx, "picture.jte", gallery.picturePage(HttpProblem.pathId(ctx, "picture")));
    }
}
