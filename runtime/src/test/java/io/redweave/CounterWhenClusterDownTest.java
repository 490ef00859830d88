package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The buffered failure policy on a Redis Cluster: every master stopped mid-run, counted calls keep
 * returning, and the increments made during the outage land on the right masters once the cluster
 * is back. (The cluster's nodes keep no data across a stop, so only the outage's increments count.)
 */
class CounterWhenClusterDownTest {

    private final Pages pages = new Pages();
    private RedisServer cluster;
    private Redweave redweave;

    @AfterEach
    void stop() {
        if (redweave != null) {
            redweave.close();
        }
        if (cluster != null) {
            cluster.stop();
        }
    }

    @Test
    void count_clusterStoppedWithBufferPolicy_methodReturnsAndIncrementsLandWhenBack() {
        cluster = RedisServers.startDedicatedCluster();
        redweave = Redweave.start(RedweaveConfig.builder()
                .clusterNodes(cluster.nodeUris())
                .timeout(Duration.ofMillis(300))
                .connectTimeout(Duration.ofMillis(300))
                .circuitBreaker(2, Duration.ofMillis(200))
                .counterWhenDown(RedweaveConfig.CounterWhenDown.BUFFER)
                .weavingCheck(RedweaveConfig.WeavingCheck.OFF)
                .build());

        cluster.stop();
        for (int i = 0; i < 25; i++) {
            assertThat(pages.view()).isEqualTo("page");
            pages.vote("a");
            pages.weighted("p1");
        }
        cluster.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> redweave.flushCounters() == 0);
        assertThat(redweave.counter("views").get()).isEqualTo(25);
        assertThat(redweave.leaderboard("vote").score("a")).hasValue(25);
        assertThat(redweave.counter("by-five").get("p1")).isEqualTo(25 * 5);
    }
}
