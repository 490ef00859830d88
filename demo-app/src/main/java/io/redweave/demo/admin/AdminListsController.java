package io.redweave.demo.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.redweave.demo.gallery.GalleryService;
import io.redweave.demo.gallery.PictureFiles;
import io.redweave.demo.music.MusicInput;
import io.redweave.demo.music.MusicService;
import io.redweave.demo.web.HttpProblem;
import io.redweave.demo.web.RouteTable;
import io.redweave.demo.web.Templates;
import java.io.IOException;
import java.io.InputStream;

/**
 * The admin's lists of pictures and musics, where an admin adds and deletes. Every write goes
 * through the services, whose annotations evict the cached lists.
 */
public final class AdminListsController {

    /** Musics per admin page. */
    public static final int PAGE_SIZE = 50;

    private final WebSessions sessions;
    private final Templates templates;
    private final GalleryService gallery;
    private final PictureFiles files;
    private final MusicService musics;

    public AdminListsController(
            WebSessions sessions,
            Templates templates,
            GalleryService gallery,
            PictureFiles files,
            MusicService musics) {
        this.sessions = sessions;
        this.templates = templates;
        this.gallery = gallery;
        this.files = files;
        this.musics = musics;
    }

    /** Registers the routes (the guard of {@link AdminController} runs first). */
    public void register(RouteTable routes) {
        routes.get("/admin/pictures/", this::pictures);
        routes.post("/admin/pictures/", this::addPicture);
        routes.post("/admin/pictures/{id}/delete/", this::deletePicture);
        routes.get("/admin/musics/", this::musics);
        routes.post("/admin/musics/", this::addMusic);
        routes.post("/admin/musics/{id}/delete/", this::deleteMusic);
    }

    private void pictures(Context ctx) {
        templates.render(
                ctx,
                "admin/pictures.jte",
                new PicturesPage(username(ctx), sessions.csrfToken(ctx), gallery.pictures()));
    }

    private void addPicture(Context ctx) throws IOException {
        String title = text(ctx.formParam("title"), "title");
        UploadedFile image = ctx.uploadedFile("image");
        if (image == null) {
            throw new HttpProblem(400, "Choose an image file to upload.");
        }
        byte[] bytes;
        try (InputStream in = image.content()) {
            bytes = in.readNBytes(PictureFiles.MAX_BYTES + 1);
        }
        gallery.add(title, files.store(bytes));
        ctx.redirect("/admin/pictures/", HttpStatus.SEE_OTHER);
    }

    private void deletePicture(Context ctx) {
        gallery.delete(HttpProblem.pathId(ctx, "picture")).ifPresent(p -> files.delete(p.url()));
        ctx.redirect("/admin/pictures/", HttpStatus.SEE_OTHER);
    }

    private void musics(Context ctx) {
        long total = musics.count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(pages, Math.max(1, parsePage(ctx.queryParam("page"))));
        templates.render(
                ctx,
                "admin/musics.jte",
                new MusicsPage(
                        username(ctx),
                        sessions.csrfToken(ctx),
                        musics.page((page - 1) * PAGE_SIZE, PAGE_SIZE),
                        page,
                        pages,
                        total));
    }

    private void addMusic(Context ctx) {
        musics.create(new MusicInput(text(ctx.formParam("song"), "song"), text(ctx.formParam("singer"), "singer")));
        ctx.redirect("/admin/musics/", HttpStatus.SEE_OTHER);
    }

    private void deleteMusic(Context ctx) {
        musics.delete(HttpProblem.pathId(ctx, "music"));
        String page = ctx.formParam("page");
        ctx.redirect(
                "/admin/musics/" + (page != null && page.matches("[0-9]{1,6}") ? "?page=" + page : ""),
                HttpStatus.SEE_OTHER);
    }

    private String username(Context ctx) {
        return sessions.current(ctx).map(Session::username).orElse("");
    }

    private static String text(String value, String field) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > 100) {
            throw new HttpProblem(400, String.format("The %s must have 1 to 100 characters.", field));
        }
        return v;
    }

    private static int parsePage(String raw) {
        return raw != null && raw.matches("[0-9]{1,6}") ? Integer.parseInt(raw) : 1;
    }
}
