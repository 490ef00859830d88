package io.redweave.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Builds handles only: none of these tests opens a connection to the URL it names. */
class ExternalRedisTest {

    private final RedisServer external = new ExternalRedis("redis://127.0.0.1:6379");

    @Test
    void flushAll_notOwnedServer_throwsIllegalState() {
        assertThatThrownBy(external::flushAll)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refusing to flush redis://127.0.0.1:6379")
                .hasMessageContaining("REDWEAVE_TEST_REDIS_URL");
    }

    @Test
    void stopAndStart_notOwnedServer_throwIllegalState() {
        assertThat(external.isOwned()).isFalse();
        assertThatThrownBy(external::stop).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(external::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void describe_urlWithPassword_masksThePassword() {
        RedisServer withPassword = new ExternalRedis("redis://:s3cret@redis.example:6380/0");

        assertThat(withPassword.describe())
                .contains("redis://***@redis.example:6380/0")
                .doesNotContain("s3cret");
        assertThat(withPassword.uri()).isEqualTo("redis://:s3cret@redis.example:6380/0");
    }

    @Test
    void constructor_notARedisUrl_throwsIllegalArgument() {
        assertThatThrownBy(() -> new ExternalRedis("localhost:6379"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redis://host:port");
    }
}
