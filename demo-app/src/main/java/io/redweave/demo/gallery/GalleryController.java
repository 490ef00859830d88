package io.redweave.demo.gallery;

import io.javalin.http.Context;
import io.redweave.demo.web.HttpProblem;
import io.redweave.demo.web.RouteTable;
import io.redweave.demo.web.Templates;

/** {@code /images/} and {@code /images/{id}/}, as the tutorial's gallery. */
public final class GalleryController {

    private final GalleryService gallery;
    private final Templates templates;
    private final Visitors visitors;

    public GalleryController(GalleryService gallery, Templates templates, Visitors visitors) {
        this.gallery = gallery;
        this.templates = templates;
        this.visitors = visitors;
    }

    /** Registers the routes. */
    public void register(RouteTable routes) {
        routes.get("/", ctx -> ctx.redirect("/images/"));
        // HEAD answers as GET would, without counting a view
        routes.get("/images/", this::gallery, ctx -> ctx.contentType(Templates.HTML));
        routes.get("/images/{id}/", this::picture, this::pictureHead);
    }

    private void gallery(Context ctx) {
        templates.render(ctx, "gallery.jte", gallery.galleryPage(visitors.of(ctx)));
    }

    private void pictureHead(Context ctx) {
        long id = HttpProblem.pathId(ctx, "picture");
        gallery.find(id).orElseThrow(() -> HttpProblem.notFound("There is no picture " + id + "."));
        ctx.contentType(Templates.HTML);
    }

    private void picture(Context ctx) {
        long id = HttpProblem.pathId(ctx, "picture");
        templates.render(ctx, "picture.jte", gallery.picturePage(id, visitors.of(ctx)));
    }
}
