package io.redweave.demo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import io.redweave.demo.support.WebClient;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DemoExtension.class)
class AdminSessionTest {

    @Test
    void admin_anonymous_redirectsToTheLoginForm(DemoFixture demo) {
        HttpResponse<String> r = demo.client().get("/admin/");

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("/admin/login/?next=%2Fadmin%2F");
    }

    @Test
    void login_rightPassword_storesTheSessionInRedisWithAHardenedCookie(DemoFixture demo) throws Exception {
        WebClient web = demo.client();

        HttpResponse<String> r = web.login(DemoFixture.USER, DemoFixture.PASSWORD);

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("/admin/");
        String setCookie = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("sessionid="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String id = web.cookie("sessionid").orElseThrow();
        assertThat(demo.redis().exists(":session:" + id)).isTrue();
        assertThat(sessionTables(demo)).isEmpty();
        assertThat(web.get("/admin/").body()).contains("Logged in as <strong id=\"who\">twtrubiks</strong>");
    }

    @Test
    void login_again_changesTheSessionIdAndDropsTheOldKey(DemoFixture demo) {
        WebClient web = demo.client();
        web.login(DemoFixture.USER, DemoFixture.PASSWORD);
        String first = web.cookie("sessionid").orElseThrow();

        web.login(DemoFixture.USER, DemoFixture.PASSWORD);
        String second = web.cookie("sessionid").orElseThrow();

        assertThat(second).isNotEqualTo(first);
        assertThat(demo.redis().exists(":session:" + first)).isFalse();
        assertThat(demo.redis().exists(":session:" + second)).isTrue();
    }

    @Test
    void login_withAPlantedSessionId_issuesAFreshOne(DemoFixture demo) {
        WebClient web = demo.client();
        String planted = "A".repeat(43);
        web.plantCookie("sessionid", planted);

        HttpResponse<String> r = web.login(DemoFixture.USER, DemoFixture.PASSWORD);

        String issued = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("sessionid="))
                .map(c -> c.substring("sessionid=".length(), c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        assertThat(issued).isNotEqualTo(planted).hasSize(43);
        assertThat(demo.redis().exists(":session:" + issued)).isTrue();
        assertThat(demo.redis().exists(":session:" + planted)).isFalse();
    }

    @Test
    void logout_deletesTheSessionKey(DemoFixture demo) {
        WebClient web = demo.client();
        web.login(DemoFixture.USER, DemoFixture.PASSWORD);
        String id = web.cookie("sessionid").orElseThrow();
        String token = WebClient.csrfOf(web.get("/admin/").body());

        HttpResponse<String> r = web.postForm("/admin/logout/", Map.of("csrfmiddlewaretoken", token));

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(demo.redis().exists(":session:" + id)).isFalse();
        assertThat(web.get("/admin/").statusCode()).isEqualTo(302);
    }

    @Test
    void logout_withoutASession_goesBackToTheLoginForm(DemoFixture demo) {
        HttpResponse<String> r = demo.client().postForm("/admin/logout/", Map.of());

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("/admin/login/");
    }

    @Test
    void logout_withoutTheCsrfToken_keepsTheSession(DemoFixture demo) {
        WebClient web = demo.client();
        web.login(DemoFixture.USER, DemoFixture.PASSWORD);
        String id = web.cookie("sessionid").orElseThrow();

        HttpResponse<String> r = web.postForm("/admin/logout/", Map.of());

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(demo.redis().exists(":session:" + id)).isTrue();
    }

    @Test
    void login_wrongPassword_showsTheFormAgainWithoutASession(DemoFixture demo) {
        WebClient web = demo.client();

        HttpResponse<String> r = web.login(DemoFixture.USER, "wrong");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Please enter the correct username and password.");
        assertThat(web.cookie("sessionid")).isEmpty();
    }

    @Test
    void login_withoutCsrfToken_isRefused(DemoFixture demo) {
        WebClient web = demo.client();
        web.get("/admin/login/");

        HttpResponse<String> r =
                web.postForm("/admin/login/", Map.of("username", DemoFixture.USER, "password", DemoFixture.PASSWORD));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("CSRF token");
        assertThat(web.cookie("sessionid")).isEmpty();
    }

    @Test
    void login_nextOutsideTheAdmin_goesToTheDashboardInstead(DemoFixture demo) {
        WebClient web = demo.client();
        String token = WebClient.csrfOf(web.get("/admin/login/").body());

        HttpResponse<String> r = web.postForm(
                "/admin/login/",
                Map.of(
                        "csrfmiddlewaretoken",
                        token,
                        "username",
                        DemoFixture.USER,
                        "password",
                        DemoFixture.PASSWORD,
                        "next",
                        "//evil.example/"));

        assertThat(r.headers().firstValue("Location")).hasValue("/admin/");
    }

    @Test
    void seededAdmin_isStoredAsAPasswordHash(DemoFixture demo) throws Exception {
        String hash;
        var db = demo.database();
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                var rs = c.createStatement()
                        .executeQuery("select password_hash from app_user where username = 'twtrubiks'")) {
            assertThat(rs.next()).isTrue();
            hash = rs.getString(1);
        }

        assertThat(hash).startsWith("pbkdf2_sha256$").doesNotContain(DemoFixture.PASSWORD);
        assertThat(new PasswordHasher(1).verify(DemoFixture.PASSWORD, hash)).isTrue();
    }

    static List<String> sessionTables(DemoFixture demo) throws Exception {
        var db = demo.database();
        List<String> names = new ArrayList<>();
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String schema = String.valueOf(rs.getString("TABLE_SCHEM")).toLowerCase();
                boolean system = schema.equals("information_schema") || schema.startsWith("pg_");
                if (!system && name.toLowerCase().contains("session")) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
