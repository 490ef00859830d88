package io.redweave.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedisExtension.class)
class SingleNodeTest {

    @Test
    void ping_sharedSingleNode_answersPong(RedisServer redis) {
        assertThat(Resp.call(redis, "PING")).isEqualTo("PONG");
    }

    @Test
    void setThenGet_sharedSingleNode_returnsStoredValue(RedisServer redis) {
        String key = "redweave-test:" + UUID.randomUUID();
        try {
            assertThat(Resp.call(redis, "SET", key, "héllo wörld")).isEqualTo("OK");

            assertThat(Resp.call(redis, "GET", key)).isEqualTo("héllo wörld");
        } finally {
            Resp.call(redis, "DEL", key);
        }
    }

    @Test
    void single_calledTwice_returnsTheSameSharedServer(RedisServer redis) {
        assertThat(RedisServers.single()).isSameAs(redis);
        assertThat(redis.isCluster()).isFalse();
        assertThat(redis.nodeUris()).containsExactly(redis.uri());
    }

    @Test
    void describe_sharedSingleNode_namesWhereRedisCameFrom(RedisServer redis) {
        assertThat(redis.describe())
                .containsAnyOf("REDWEAVE_TEST_REDIS_URL", "Testcontainers", "the PATH", "embedded-redis jar");
    }
}
