package io.redweave.demo.admin;

import static io.redweave.demo.support.WebClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import io.redweave.demo.support.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Wrong passwords are counted in Redis; past the limit no password is checked, not even the right one. */
@ExtendWith(DemoExtension.class)
class LoginThrottleTest {

    private static final String USER_KEY = ":counter:login-failures.user:" + DemoFixture.USER;

    @Test
    void login_fiveWrongPasswords_locksTheUserAndRefusesTheRightOne(DemoFixture demo) {
        WebClient web = demo.client();
        for (int i = 0; i < LoginLimits.DEFAULT.perUser(); i++) {
            assertThat(web.login(DemoFixture.USER, "wrong-" + i).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> right = web.login(DemoFixture.USER, DemoFixture.PASSWORD);

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 900L));
        assertThat(right.body()).contains("Too many failed logins").contains("not even the right one");
        assertThat(web.cookie("sessionid")).isEmpty();
        // what redis-cli shows: the count, and the window it lives in
        assertThat(demo.redis().command("GET " + USER_KEY)).isEqualTo("$1");
        assertThat(Long.parseLong(demo.redis().command("TTL " + USER_KEY).substring(1)))
                .isBetween(1L, 900L);
    }

    @Test
    void basicAuth_userLocked_is429EvenWithTheRightPassword(DemoFixture demo) {
        WebClient web = demo.client();
        for (int i = 0; i < LoginLimits.DEFAULT.perUser(); i++) {
            assertThat(web.get("/api/musics/1/", "Authorization", basic(DemoFixture.USER, "wrong-" + i))
                            .statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> right = web.get("/api/musics/1/", "Authorization", DemoFixture.AUTH);

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(right.body()).startsWith("{\"detail\":\"Too many failed logins");
    }

    @Test
    void login_manyUsersFromOneAddress_locksTheAddress(DemoFixture demo) {
        WebClient web = demo.client();
        for (int i = 0; i < LoginLimits.DEFAULT.perAddress(); i++) {
            web.login("guess-" + i, "password123");
        }

        HttpResponse<String> next = web.login("guess-next", "password123");
        HttpResponse<String> admin = demo.client().get("/api/musics/1/", "Authorization", DemoFixture.AUTH);

        assertThat(next.statusCode()).isEqualTo(429);
        assertThat(admin.statusCode()).isEqualTo(429);
        assertThat(demo.redis().command("GET :counter:login-failures.address:127.0.0.1"))
                .isEqualTo("$2");
    }

    @Test
    void login_rightPasswordBeforeTheLimit_forgetsTheUsersFailures(DemoFixture demo) {
        WebClient web = demo.client();
        for (int i = 0; i < LoginLimits.DEFAULT.perUser() - 1; i++) {
            web.login(DemoFixture.USER, "wrong-" + i);
        }

        assertThat(web.login(DemoFixture.USER, DemoFixture.PASSWORD).statusCode())
                .isEqualTo(302);

        assertThat(demo.redis().exists(USER_KEY)).isFalse();
        assertThat(demo.client().login(DemoFixture.USER, "wrong-again").statusCode())
                .isEqualTo(200);
    }

    @Test
    void settings_badLimit_namesTheVariable() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> LoginLimits.fromEnvironment(java.util.Map.of("LOGIN_FAILURES_PER_USER", "zero")))
                .hasMessageContaining("LOGIN_FAILURES_PER_USER \"zero\" is not a positive number");
    }
}
