package io.redweave.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;

/** The shape a behaviour suite takes: every test of the class runs against each topology. */
@ParameterizedClass
@AllTopologies
class TopologySuiteTest {

    @Parameter
    RedisServer redis;

    @Test
    void incr_twice_countsTwo() {
        String key = "redweave-test:" + UUID.randomUUID();
        try {
            Resp.call(redis, "INCR", key);

            assertThat(Resp.call(redis, "INCR", key)).isEqualTo(2L);
        } finally {
            Resp.call(redis, "DEL", key);
        }
    }

    @Test
    void nodeUris_eachTopology_startWithTheUri() {
        assertThat(redis.nodeUris()).startsWith(redis.uri()).hasSize(redis.isCluster() ? 3 : 1);
    }
}
