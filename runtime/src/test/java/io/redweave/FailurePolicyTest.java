package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.redweave.fixtures.Music;
import io.redweave.fixtures.MusicService;
import io.redweave.fixtures.TestRuntimes;
import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis stopped in the middle of a run and started again: annotated methods keep answering with
 * their own results, the breaker stops paying the timeout, and caching resumes by itself. Runs on a
 * private single node and on a private cluster, since both are stopped and started.
 */
abstract class FailurePolicyTest {

    private RedisServer redis;
    private Redweave redweave;
    private MusicService service;

    /** A private server this suite may stop and start. */
    abstract RedisServer server();

    static class SingleNode extends FailurePolicyTest {
        private static RedisServer server;

        @Override
        RedisServer server() {
            return server == null ? server = RedisServers.startDedicated() : server;
        }

        @AfterAll
        static void stopServer() {
            if (server != null) {
                server.stop();
            }
        }
    }

    static class Cluster extends FailurePolicyTest {
        private static RedisServer server;

        @Override
        RedisServer server() {
            return server == null ? server = RedisServers.startDedicatedCluster() : server;
        }

        @AfterAll
        static void stopServer() {
            if (server != null) {
                server.stop();
            }
        }
    }

    @BeforeEach
    void start() {
        redis = server();
        if (!redisAnswers()) {
            redis.start();
        }
        redweave = TestRuntimes.start(redis);
        service = new MusicService();
    }

    @AfterEach
    void stop() {
        redweave.close();
    }

    @Test
    void cached_redisStopped_returnsTheMethodsOwnResult() {
        service.find(1);
        redis.stop();
        Music fresh = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> service.find(1));
        assertThat(fresh.song()).isEqualTo("song_1");
        assertThat(service.runs("find")).isEqualTo(2);
        assertThat(redweave.degradedCalls()).isPositive();
        assertThat(redweave.stats().get("music").errors()).isPositive();
    }

    @Test
    void cached_manyCallsWhileDown_breakerSkipsRedisAndNoCallFails() {
        redis.stop();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 50; i++) {
                assertThat(service.find(2).song()).isEqualTo("song_2");
            }
        });
        assertThat(service.runs("find")).isEqualTo(50);
        assertThat(redweave.degradedCalls()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void cached_redisBack_cachingResumesByItself() {
        redis.stop();
        service.find(3);
        redis.start();
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    int before = service.runs("find");
                    service.find(3);
                    service.find(3);
                    return service.runs("find") - before <= 1
                            && redweave.stats().get("music").hits() > 0;
                });
    }

    @Test
    void evictAndPut_redisStopped_theWriteStillSucceeds() {
        redis.stop();
        service.rename(1, "renamed while down");
        Music added = service.add("new", "singer");
        assertThat(added.song()).isEqualTo("new");
        assertThat(service.runs("rename")).isEqualTo(1);
    }

    @Test
    void cacheApi_redisStopped_throwsRedisUnavailable() {
        redis.stop();
        assertThatThrownBy(() -> redweave.cache().get("k", String.class))
                .isInstanceOf(RedisUnavailableException.class)
                .hasMessageContaining("GET");
    }

    @Test
    void start_whileRedisIsDown_succeedsAndCachesOnceItIsUp() {
        redweave.close();
        redis.stop();
        redweave = TestRuntimes.start(redis);
        assertThat(service.find(1).song()).isEqualTo("song_1");
        redis.start();
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    service.find(1);
                    return redweave.stats().get("music").hits() > 0;
                });
    }

    private boolean redisAnswers() {
        try (java.net.Socket s = new java.net.Socket()) {
            java.net.URI uri = java.net.URI.create(redis.uri());
            s.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 200);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
