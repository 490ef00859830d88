package io.redweave.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A private cluster with a replica per master, as a failover test needs one. */
class ClusterReplicasTest {

    @Test
    void startDedicatedCluster_oneReplicaEach_threeMastersEachReplicatedOnce() {
        RedisServer cluster = RedisServers.startDedicatedCluster(1);
        try {
            List<String> nodes = cluster.nodeUris();
            assertThat(nodes).hasSize(6);
            String all = (String) Resp.callNode(nodes.get(0), "CLUSTER", "NODES");
            assertThat(all.lines().filter(l -> l.contains("master"))).hasSize(3);
            assertThat(all.lines().filter(l -> l.contains("slave"))).hasSize(3);
            for (String master : nodes.subList(0, 3)) {
                assertThat((String) Resp.callNode(master, "INFO", "replication"))
                        .contains("role:master")
                        .contains("connected_slaves:1");
            }
            for (String replica : nodes.subList(3, 6)) {
                assertThat((String) Resp.callNode(replica, "INFO", "replication"))
                        .contains("role:slave");
                assertThat((String) Resp.callNode(replica, "CLUSTER", "INFO")).contains("cluster_state:ok");
            }
        } finally {
            cluster.stop();
        }
    }
}
