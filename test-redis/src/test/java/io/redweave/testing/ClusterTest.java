package io.redweave.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedisExtension.class)
class ClusterTest {

    @Test
    void clusterInfo_everyNode_reportsStateOkWithAllSlotsOnThreeMasters(@ClusterRedis RedisServer cluster) {
        assertThat(cluster.isCluster()).isTrue();
        assertThat(cluster.nodeUris()).hasSize(3).startsWith(cluster.uri());
        for (String node : cluster.nodeUris()) {
            assertThat((String) Resp.callNode(node, "CLUSTER", "INFO"))
                    .contains("cluster_state:ok")
                    .contains("cluster_slots_assigned:16384")
                    .contains("cluster_known_nodes:3")
                    .contains("cluster_size:3");
        }
    }

    @Test
    void clusterNodes_sharedCluster_threeMastersShareAll16384Slots(@ClusterRedis RedisServer cluster) {
        List<String> masters = ((String) Resp.call(cluster, "CLUSTER", "NODES"))
                .lines()
                .filter(line -> line.contains("master"))
                .toList();

        assertThat(masters).hasSize(3);
        assertThat(masters.stream().mapToInt(ClusterTest::slotCount).sum()).isEqualTo(LocalCluster.SLOTS);
        assertThat(masters).allSatisfy(line -> assertThat(slotCount(line)).isPositive());
    }

    @Test
    void set_keyOwnedByAnotherNode_isRedirectedWithMoved(@ClusterRedis RedisServer cluster) {
        String key = "redweave-test:" + UUID.randomUUID();
        long slot = (Long) Resp.call(cluster, "CLUSTER", "KEYSLOT", key);
        String wrongNode = cluster.nodeUris().stream()
                .filter(node -> !ownsSlot(node, slot))
                .findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> Resp.callNode(wrongNode, "SET", key, "v"))
                .isInstanceOf(RespConnection.ErrorReply.class)
                .hasMessageStartingWith("MOVED " + slot);
    }

    @Test
    void cluster_calledTwice_returnsTheSameSharedCluster(@ClusterRedis RedisServer cluster) {
        assertThat(RedisServers.cluster()).isSameAs(cluster);
        assertThat(cluster.isOwned()).isTrue();
    }

    /** Counts the slots of one CLUSTER NODES line: fields from the ninth on are slots or ranges. */
    private static int slotCount(String line) {
        return Arrays.stream(line.split(" "))
                .skip(8)
                .mapToInt(range -> {
                    String[] ends = range.split("-");
                    return ends.length == 1 ? 1 : Integer.parseInt(ends[1]) - Integer.parseInt(ends[0]) + 1;
                })
                .sum();
    }

    private static boolean ownsSlot(String nodeUri, long slot) {
        String myself = ((String) Resp.callNode(nodeUri, "CLUSTER", "NODES"))
                .lines()
                .filter(line -> line.contains("myself"))
                .findFirst()
                .orElseThrow();
        return Arrays.stream(myself.split(" ")).skip(8).anyMatch(range -> {
            String[] ends = range.split("-");
            long first = Long.parseLong(ends[0]);
            long last = ends.length == 1 ? first : Long.parseLong(ends[1]);
            return first <= slot && slot <= last;
        });
    }
}
