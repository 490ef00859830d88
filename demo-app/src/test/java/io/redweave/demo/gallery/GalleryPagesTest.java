package io.redweave.demo.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import io.redweave.demo.support.WebClient;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(DemoExtension.class)
class GalleryPagesTest {

    private static final Pattern VIEWS = Pattern.compile("View Count : (\\d+)");
    private static final Pattern SCORE = Pattern.compile("id=\"score\">Click rate : (\\d+)");
    private static final Pattern VISITORS = Pattern.compile("id=\"visitors\">Unique visitors : (\\d+)");

    @Test
    void images_opened_showsEverySeededPictureAndCountsEachView(DemoFixture demo) {
        WebClient web = demo.client();

        HttpResponse<String> first = web.get("/images/");
        HttpResponse<String> second = web.get("/images/");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(Pattern.compile("<img src=\"/media/pictures/picture_\\d\\d\\.svg\"")
                        .matcher(first.body())
                        .results()
                        .count())
                .isEqualTo(65);
        assertThat(number(VIEWS, second.body())).isEqualTo(number(VIEWS, first.body()) + 1);
    }

    @Test
    void picture_opened_raisesItsOwnCount(DemoFixture demo) {
        WebClient web = demo.client();

        long before = number(SCORE, web.get("/images/5/").body());
        long after = number(SCORE, web.get("/images/5/").body());

        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void board_pictureOpenedMost_comesFirstAndLinksToItsPage(DemoFixture demo) {
        WebClient web = demo.client();
        long top = topScore(web.get("/images/").body());
        for (int i = 0; i <= top; i++) {
            web.get("/images/12/");
        }

        String board = web.get("/images/").body();

        Matcher first = Pattern.compile("<ol id=\"top10\">\\s*<li><a href=\"([^\"]+)\">([^<]+)</a>")
                .matcher(board);
        assertThat(first.find()).isTrue();
        assertThat(first.group(1)).isEqualTo("/images/12/");
        assertThat(first.group(2)).isEqualTo("Picture 12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/images/", "/images/8/"})
    void page_refreshedByOneVisitor_raisesItsViewsButNotItsUniqueVisitors(String page, DemoFixture demo) {
        Pattern views = page.equals("/images/") ? VIEWS : SCORE;
        WebClient browser = demo.client();
        String first = browser.get(page).body();

        String refreshed = browser.get(page).body();
        String newcomer = demo.client().get(page).body();

        assertThat(number(views, refreshed)).isEqualTo(number(views, first) + 1);
        assertThat(number(VISITORS, refreshed)).isEqualTo(number(VISITORS, first));
        assertThat(number(VISITORS, newcomer)).isEqualTo(number(VISITORS, first) + 1);
        assertThat(first).contains("F5 included").contains("counts each browser once");
    }

    @Test
    void picture_uniqueVisitors_areTheHyperLogLogsCount(DemoFixture demo) {
        String page = demo.client().get("/images/9/").body();

        assertThat(demo.redis().command("PFCOUNT :counter-unique:picture.views:9"))
                .isEqualTo(":" + number(VISITORS, page));
    }

    @Test
    void visitorCookie_isHttpOnlyAndLax(DemoFixture demo) {
        HttpResponse<String> r = demo.client().get("/images/");

        assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("visitor=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/images/99999/", "/images/abc/", "/images/-1/", "/images/1.5/"})
    void picture_unknownOrMalformedId_isA404Page(String path, DemoFixture demo) {
        HttpResponse<String> r = demo.client().get(path);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body())
                .contains("404 · Not found")
                .doesNotContain("Exception")
                .doesNotContain("at io.");
    }

    @Test
    void pictureFile_requested_isServedLocally(DemoFixture demo) {
        HttpResponse<String> r = demo.client().get("/media/pictures/picture_01.svg");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("svg"));
        assertThat(r.body()).startsWith("<svg");
    }

    @Test
    void root_requested_redirectsToTheGallery(DemoFixture demo) {
        HttpResponse<String> r = demo.client().get("/");

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("/images/");
    }

    static long number(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as("%s in the page", pattern).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long topScore(String page) {
        Matcher m = Pattern.compile("Click rate : (\\d+)</span>").matcher(page);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
