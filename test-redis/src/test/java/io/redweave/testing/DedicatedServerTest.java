package io.redweave.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class DedicatedServerTest {

    @Test
    void stop_dedicatedServer_portRefusesConnections() {
        RedisServer redis = RedisServers.startDedicated();

        redis.stop();

        assertThatThrownBy(() -> connect(Resp.port(redis))).isInstanceOf(ConnectException.class);
    }

    @Test
    void start_afterStop_answersPingOnTheSamePort() {
        RedisServer redis = RedisServers.startDedicated();
        String uriBefore = redis.uri();
        redis.stop();

        redis.start();

        assertThat(redis.uri()).isEqualTo(uriBefore);
        assertThat(Resp.call(redis, "PING")).isEqualTo("PONG");
        redis.stop();
    }

    @Test
    void stopThenStart_withAppendOnly_keepsKey() {
        RedisServer redis = RedisServers.startDedicated("--appendonly yes");
        Resp.call(redis, "SET", "greeting", "kept");

        redis.stop();
        redis.start();

        assertThat(Resp.call(redis, "GET", "greeting")).isEqualTo("kept");
        redis.stop();
    }

    @Test
    void stopThenStart_withDefaults_losesKey() {
        RedisServer redis = RedisServers.startDedicated();
        Resp.call(redis, "SET", "greeting", "gone");

        redis.stop();
        redis.start();

        assertThat(Resp.call(redis, "GET", "greeting")).isNull();
        redis.stop();
    }

    @Test
    void flushAll_ownedServer_removesEveryKey() {
        RedisServer redis = RedisServers.startDedicated();
        Resp.call(redis, "SET", "a", "1");
        Resp.call(redis, "SET", "b", "2");

        redis.flushAll();

        assertThat(Resp.call(redis, "DBSIZE")).isEqualTo(0L);
        assertThat(redis.isOwned()).isTrue();
        redis.stop();
    }

    @Test
    void startDedicated_harnessManagedOption_throwsNamingTheOption() {
        assertThatThrownBy(() -> RedisServers.startDedicated("--port", "6379"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--port");
    }

    @Test
    void startDedicated_optionRedisRejects_throwsWithTheServerLogTail() {
        assertThatThrownBy(() -> RedisServers.startDedicated("--no-such-option", "x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code")
                .hasMessageContaining("redis.log")
                .hasMessageContaining("no-such-option");
    }

    private static void connect(int port) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        }
    }
}
