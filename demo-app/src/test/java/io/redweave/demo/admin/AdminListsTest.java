package io.redweave.demo.admin;

import static io.redweave.demo.support.WebClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import io.redweave.demo.support.WebClient;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DemoExtension.class)
class AdminListsTest {

    private static final String AUTH = basic(DemoFixture.USER, DemoFixture.PASSWORD);
    private static final String V1 = "application/json;version=1.0";

    @Test
    void dashboard_afterCachedReads_showsEachCachesFigures(DemoFixture demo) {
        WebClient web = admin(demo);
        web.get("/images/");
        web.get("/api/musics/", "Accept", V1);

        String page = web.get("/admin/").body();

        assertThat(page)
                .contains("<table id=\"caches\">")
                .contains("<td>musics</td>")
                .contains("<td>pictures</td>");
        assertThat(page).contains("/api/musics/");
        assertThat(page).contains("<table id=\"report\">").contains("{prefix}:{version}:musics:list");
    }

    @Test
    void musicAddedAndDeletedInTheAdmin_showsInTheNextCachedRead(DemoFixture demo) {
        WebClient web = admin(demo);
        web.get("/api/musics/", "Authorization", AUTH, "Accept", V1);
        String token = WebClient.csrfOf(web.get("/admin/musics/").body());

        HttpResponse<String> added = web.postForm(
                "/admin/musics/", Map.of("csrfmiddlewaretoken", token, "song", "Admin song", "singer", "Admin singer"));
        assertThat(added.statusCode()).isEqualTo(303);
        String cached =
                web.get("/api/musics/", "Authorization", AUTH, "Accept", V1).body();
        Matcher id = Pattern.compile("\\{\"id\":(\\d+),\"song\":\"Admin song\"").matcher(cached);
        assertThat(id.find()).isTrue();

        web.postForm("/admin/musics/" + id.group(1) + "/delete/", Map.of("csrfmiddlewaretoken", token));

        assertThat(web.get("/api/musics/", "Authorization", AUTH, "Accept", V1).body())
                .doesNotContain("Admin song");
    }

    @Test
    void musicList_paged_showsFiftyRowsAndLinksToTheNextPage(DemoFixture demo) {
        String page = admin(demo).get("/admin/musics/?page=2").body();

        assertThat(Pattern.compile("<td>song_\\d+</td>").matcher(page).results().count())
                .isEqualTo(50);
        assertThat(page).contains("<td>song_51</td>").contains("href=\"/admin/musics/?page=3\"");
    }

    @Test
    void pictureUploadedThenDeleted_appearsInAndLeavesTheGalleryAndItsBoard(DemoFixture demo) throws Exception {
        WebClient web = admin(demo);
        web.get("/images/");
        String token = WebClient.csrfOf(web.get("/admin/pictures/").body());

        HttpResponse<String> added = web.postMultipart(
                "/admin/pictures/",
                Map.of("csrfmiddlewaretoken", token, "title", "Uploaded one"),
                "image",
                "p.png",
                png());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
        String gallery = web.get("/images/").body();
        Matcher m =
                Pattern.compile("<a href=\"/images/(\\d+)/\">Uploaded one</a>").matcher(gallery);
        assertThat(m.find()).isTrue();
        String id = m.group(1);
        Matcher src = Pattern.compile("src=\"(/media/uploads/[^\"]+)\" alt=\"Uploaded one\"")
                .matcher(gallery);
        assertThat(src.find()).isTrue();
        assertThat(web.get(src.group(1)).statusCode()).isEqualTo(200);
        web.get("/images/" + id + "/");

        web.postForm("/admin/pictures/" + id + "/delete/", Map.of("csrfmiddlewaretoken", token));

        assertThat(web.get("/images/").body()).doesNotContain("Uploaded one");
        assertThat(demo.redis().command("ZSCORE :board:images " + src.group(1))).isEqualTo("$-1");
        assertThat(web.get("/images/" + id + "/").statusCode()).isEqualTo(404);
        assertThat(web.get(src.group(1)).statusCode()).isEqualTo(404);
    }

    @Test
    void pictureUpload_notAnImage_isRefused(DemoFixture demo) {
        WebClient web = admin(demo);
        String token = WebClient.csrfOf(web.get("/admin/pictures/").body());

        HttpResponse<String> r = web.postMultipart(
                "/admin/pictures/",
                Map.of("csrfmiddlewaretoken", token, "title", "Script"),
                "image",
                "x.svg",
                "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("not a PNG, JPEG or GIF");
    }

    @Test
    void adminWrite_withoutCsrfToken_isRefused(DemoFixture demo) {
        WebClient web = admin(demo);

        HttpResponse<String> r = web.postForm("/admin/musics/", Map.of("song", "a", "singer", "b"));

        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void api_withAdminSession_readsAndWritesOnlyWithTheCsrfHeader(DemoFixture demo) {
        WebClient web = admin(demo);
        String token = WebClient.csrfOf(web.get("/admin/").body());
        byte[] body = "{\"song\":\"s\",\"singer\":\"t\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(web.get("/api/musics/1/").statusCode()).isEqualTo(200);
        assertThat(web.send("POST", "/api/musics/", body, "Content-Type", "application/json")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> created =
                web.send("POST", "/api/musics/", body, "Content-Type", "application/json", "X-CSRFToken", token);
        assertThat(created.statusCode()).isEqualTo(201);
        web.send("DELETE", created.headers().firstValue("Location").orElseThrow(), new byte[0], "X-CSRFToken", token);
    }

    private static WebClient admin(DemoFixture demo) {
        WebClient web = demo.client();
        assertThat(web.login(DemoFixture.USER, DemoFixture.PASSWORD).statusCode())
                .isEqualTo(302);
        return web;
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 5, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
