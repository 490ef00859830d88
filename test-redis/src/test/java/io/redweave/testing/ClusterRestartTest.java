package io.redweave.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Restarts a private cluster, so the shared one stays up for every other test. */
class ClusterRestartTest {

    @Test
    void stopThenStart_cluster_refusesThenReturnsToStateOkOnTheSamePorts() {
        LocalCluster cluster = LocalCluster.launch(RedisBinary.locate());
        try {
            List<String> nodesBefore = cluster.nodeUris();

            cluster.stop();
            assertThatThrownBy(() -> Resp.call(cluster, "PING")).isInstanceOf(UncheckedIOException.class);
            cluster.start();

            assertThat(cluster.nodeUris()).isEqualTo(nodesBefore);
            for (String node : nodesBefore) {
                assertThat((String) Resp.callNode(node, "CLUSTER", "INFO")).contains("cluster_state:ok");
            }
        } finally {
            cluster.dispose();
        }
    }
}
