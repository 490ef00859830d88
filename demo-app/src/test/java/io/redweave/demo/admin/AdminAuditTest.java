package io.redweave.demo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import io.redweave.demo.support.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /admin/audit/}: the demo's own Redis, audited against the demo's cache-key report. */
@ExtendWith(DemoExtension.class)
class AdminAuditTest {

    @Test
    void audit_anonymous_redirectsToTheLoginForm(DemoFixture demo) {
        HttpResponse<String> r = demo.client().get("/admin/audit/");

        assertThat(r.statusCode()).isEqualTo(302);
    }

    @Test
    void audit_afterTheGalleryIsOpened_countsItsCacheAndSessions(DemoFixture demo) throws Exception {
        WebClient web = demo.client();
        web.login(DemoFixture.USER, DemoFixture.PASSWORD);
        assertThat(web.get("/images/").statusCode()).isEqualTo(200);

        HttpResponse<String> page = web.get("/admin/audit/");
        JsonNode json =
                new ObjectMapper().readTree(web.get("/admin/audit/?format=json").body());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Redis key audit</h1>").contains("<code>pictures</code>");
        assertThat(web.get("/admin/").body()).contains("<a href=\"/admin/audit/\">Audit the live Redis</a>");
        JsonNode pictures = null;
        for (JsonNode f : json.path("families")) {
            if (f.path("name").asText().equals("pictures")) {
                pictures = f;
            }
        }
        assertThat(pictures).isNotNull();
        assertThat(pictures.path("keys").asLong()).isEqualTo(1);
        assertThat(pictures.path("withoutTtl").path("count").asLong()).isZero();
        assertThat(json.path("unmatched").toString()).contains(":session:*");
    }
}
