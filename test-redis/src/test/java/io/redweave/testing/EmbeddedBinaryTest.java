package io.redweave.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fallback for machines without redis-server on the PATH: the binary in the embedded-redis jar. */
class EmbeddedBinaryTest {

    private final RedisBinary embedded = RedisBinary.embedded();

    @Test
    void launch_embeddedBinary_answersPing() {
        LocalSingleNode redis = LocalSingleNode.launch(embedded, List.of());
        try {
            assertThat(Resp.call(redis, "PING")).isEqualTo("PONG");
            assertThat(redis.describe()).contains("embedded-redis jar");
        } finally {
            redis.dispose();
        }
    }

    @Test
    void launchCluster_embeddedBinaryWithoutAddSlotsRange_reachesStateOk() {
        LocalCluster cluster = LocalCluster.launch(embedded);
        try {
            for (String node : cluster.nodeUris()) {
                assertThat((String) Resp.callNode(node, "CLUSTER", "INFO"))
                        .contains("cluster_state:ok")
                        .contains("cluster_slots_assigned:16384");
            }
        } finally {
            cluster.dispose();
        }
    }
}
