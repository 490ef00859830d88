package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.fixtures.MusicService;
import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads go to the master that took the last write. A replica may lag behind an eviction, so a read
 * served by one could return the value the eviction removed; Redisson's default for a Cluster reads
 * from replicas.
 */
class ReplicaReadsTest {

    private static RedisServer cluster;

    @BeforeAll
    static void start() {
        cluster = RedisServers.startDedicatedCluster(1);
    }

    @AfterAll
    static void stop() {
        cluster.stop();
    }

    @Test
    void cachedReads_onClusterWithReplicas_neverReachAReplica() {
        List<String> replicas = replicas();
        replicas.forEach(r -> RedisCli.runOnNode(r, "CONFIG", "RESETSTAT"));
        try (Redweave redweave = Redweave.start(TestRedweave.config(cluster).build())) {
            MusicService service = new MusicService();
            for (int round = 0; round < 20; round++) {
                for (long id = 1; id <= 3; id++) {
                    service.find(id);
                }
                service.rename(1, "song_" + round);
            }
            // three first loads, then id 1 again after each of the 19 later evictions: a read served
            // by a lagging replica would find the evicted entry and load fewer times
            assertThat(service.runs("find")).isEqualTo(3 + 19);
        }

        for (String replica : replicas) {
            String stats = String.join("\n", RedisCli.runOnNode(replica, "INFO", "commandstats"));
            assertThat(stats).as("commands served by replica %s", replica).doesNotContain("cmdstat_get:");
        }
    }

    private static List<String> replicas() {
        return cluster.nodeUris().stream()
                .filter(uri -> String.join("\n", RedisCli.runOnNode(uri, "INFO", "replication"))
                        .contains("role:slave"))
                .toList();
    }
}
