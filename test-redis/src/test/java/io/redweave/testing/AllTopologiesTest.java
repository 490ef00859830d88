package io.redweave.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineTestKit;

class AllTopologiesTest {

    @ParameterizedTest
    @AllTopologies
    void setThenGet_eachTopology_returnsStoredValue(RedisServer redis) {
        String key = "redweave-test:" + UUID.randomUUID();
        try {
            Resp.call(redis, "SET", key, "v");

            assertThat(Resp.call(redis, "GET", key)).isEqualTo("v");
        } finally {
            Resp.call(redis, "DEL", key);
        }
    }

    @ParameterizedTest
    @AllTopologies
    void server_topologyParameter_matchesItsShape(RedisTopology topology) {
        assertThat(topology.server().isCluster()).isEqualTo(topology == RedisTopology.CLUSTER);
    }

    @Test
    void allTopologies_withRedisExtensionOnTheClass_runsOncePerTopologyUnderReadableNames() {
        var tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(MixedSuite.class))
                .execute()
                .testEvents();

        tests.assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(tests.succeeded().map(event -> event.getTestDescriptor().getDisplayName()))
                .containsExactlyInAnyOrder("plain(RedisServer, RedisServer)", "[1] single node", "[2] cluster");
    }

    /** Run through the test kit only; surefire skips nested classes. */
    @ExtendWith(RedisExtension.class)
    static class MixedSuite {

        @Test
        void plain(RedisServer redis, @ClusterRedis RedisServer cluster) {
            assertThat(redis.isCluster()).isFalse();
            assertThat(cluster.isCluster()).isTrue();
        }

        @ParameterizedTest
        @AllTopologies
        void perTopology(RedisServer redis) {
            assertThat(Resp.call(redis, "PING")).isEqualTo("PONG");
        }
    }
}
