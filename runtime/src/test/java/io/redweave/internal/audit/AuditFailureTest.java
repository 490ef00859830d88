package io.redweave.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedweaveConfig;
import io.redweave.audit.AuditListener;
import io.redweave.audit.AuditOptions;
import io.redweave.audit.AuditResult;
import io.redweave.audit.FamilyFigures;
import io.redweave.audit.KeyAudit;
import io.redweave.audit.KeyCatalog;
import io.redweave.audit.ShopReport;
import io.redweave.internal.report.Catalog;
import io.redweave.internal.report.ReportFiles;
import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redisson.Redisson;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNodes;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/**
 * Bad input and a moving target on a private Redis: each gives a clear message and a result marked
 * partial, never an exception. The server is this class's own, so its keyspace is exactly what the
 * tests put there.
 */
class AuditFailureTest {

    private static final AuditOptions FAST =
            AuditOptions.defaults().withMaxScansPerSecond(0).withCommandTimeout(Duration.ofSeconds(1));
    private static final RedweaveConfig CONFIG = RedweaveConfig.builder().build();

    private static RedisServer redis;

    @TempDir
    Path dir;

    private RedissonClient client;
    private KeyCatalog keys;
    private Catalog catalog;

    @BeforeAll
    static void startServer() {
        redis = RedisServers.startDedicated();
    }

    @AfterAll
    static void stopServer() {
        redis.stop();
    }

    @BeforeEach
    void connect() {
        redis.start();
        redis.flushAll();
        Config config = new Config();
        config.useSingleServer().setAddress(redis.uri()).setTimeout(1000).setRetryAttempts(1);
        client = Redisson.create(config);
        keys = ShopReport.catalog(dir, CONFIG);
        catalog = Catalog.merge(ReportFiles.inPaths(List.of(dir)), CONFIG);
    }

    @AfterEach
    void disconnect() {
        client.shutdown();
    }

    @Test
    void run_quietServer_completeWithEveryKey() {
        seed(500);

        AuditResult result = KeyAudit.run(keys, client, FAST, AuditListener.NONE);

        assertThat(result.partial()).isFalse();
        assertThat(result.problems()).isEmpty();
        assertThat(result.keysSeen()).isEqualTo(500);
        assertThat(result.keysBefore()).isEqualTo(500);
        assertThat(result.keysAfter()).isEqualTo(500);
        assertThat(items(result).keys()).isEqualTo(500);
    }

    @Test
    void run_unreachableRedis_partialWithClearMessage() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        AuditResult result = KeyAudit.run(keys, "redis://127.0.0.1:" + port, FAST, AuditListener.NONE);

        assertThat(result.partial()).isTrue();
        assertThat(result.problems())
                .singleElement()
                .asString()
                .startsWith("cannot reach Redis at redis://127.0.0.1:" + port)
                .contains("check the host and port");
        assertThat(result.families()).isEmpty();
    }

    @Test
    void run_badUrl_partialNamingTheForm() {
        AuditResult result = KeyAudit.run(keys, "http://127.0.0.1:6379", FAST, AuditListener.NONE);

        assertThat(result.partial()).isTrue();
        assertThat(result.problems()).singleElement().asString().contains("redis:// or rediss://");
    }

    @Test
    void run_wrongOrMissingPassword_partialSayingWhichAndHow() {
        RedisServer guarded = RedisServers.startDedicated();
        Config open = new Config();
        open.useSingleServer().setAddress(guarded.uri());
        RedissonClient admin = Redisson.create(open);
        admin.getRedisNodes(RedisNodes.SINGLE).getInstance().setConfig("requirepass", "s3cret");
        admin.shutdown();
        try {
            String at = guarded.uri().replace("redis://", "");
            AuditResult wrong = KeyAudit.run(keys, "redis://:nope@" + at, FAST, AuditListener.NONE);
            AuditResult missing = KeyAudit.run(keys, "redis://" + at, FAST, AuditListener.NONE);
            AuditResult right = KeyAudit.run(keys, "redis://:s3cret@" + at, FAST, AuditListener.NONE);

            assertThat(wrong.partial()).isTrue();
            assertThat(wrong.problems())
                    .singleElement()
                    .asString()
                    .contains("refused the password")
                    .contains("redis://:****@" + at)
                    .doesNotContain("nope");
            assertThat(missing.problems()).singleElement().asString().contains("needs a password (NOAUTH)");
            assertThat(right.partial()).isFalse();
        } finally {
            guarded.stop();
        }
    }

    @Test
    void run_serverStopsMidScan_partialKeepsWhatWasCounted() {
        seed(2_000);
        AtomicInteger batches = new AtomicInteger();
        AuditRun.BatchHook stopAfterTwo = (node, page) -> {
            if (batches.incrementAndGet() == 3) {
                redis.stop();
            }
        };

        AuditResult result = run(FAST.withScanCount(100), stopAfterTwo);

        assertThat(result.partial()).isTrue();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p)
                .contains("the scan of " + result.nodes().get(0) + " stopped after")
                .contains("the rest of its keys are not counted"));
        assertThat(items(result).keys()).isGreaterThan(0).isLessThan(2_000);
    }

    @Test
    void run_keysDeletedAndAddedMidScan_vanishedNotCountedAndPartial() {
        seed(1_000);
        AtomicInteger batches = new AtomicInteger();
        AuditRun.BatchHook churn = (node, page) -> {
            if (batches.incrementAndGet() == 1) {
                page.subList(0, 10).forEach(k -> client.getBucket(k).delete());
                seed(1_000, 50);
            }
        };

        AuditResult result = run(FAST.withScanCount(200), churn);

        assertThat(result.vanished()).isEqualTo(10);
        assertThat(result.keysBefore()).isEqualTo(1_000);
        assertThat(result.keysAfter()).isEqualTo(1_040);
        assertThat(items(result).keys()).isEqualTo(result.keysSeen() - 10);
        assertThat(result.partial()).isTrue();
        assertThat(result.problems())
                .singleElement()
                .asString()
                .contains("the keyspace changed during the scan: 1,000 keys before, 1,040 after, and 10");
    }

    @Test
    void run_largeFamilyFewSamples_memoryEstimatedFromTheSample() {
        seed(2_000);
        long exact = 0;
        for (int i = 0; i < 2_000; i++) {
            exact += client.getBucket(":1:audit-items:" + i, StringCodec.INSTANCE)
                    .sizeInMemory();
        }

        FamilyFigures items = items(KeyAudit.run(keys, client, FAST.withMemorySamples(200), AuditListener.NONE));

        assertThat(items.memoryEstimated()).isTrue();
        assertThat(items.memorySampled()).isBetween(150L, 600L);
        assertThat((double) items.memoryBytes()).isCloseTo(exact, org.assertj.core.data.Percentage.withPercentage(5));
    }

    @Test
    void run_singleServerClientOnAClusterNode_partialSayingToConnectInClusterMode() {
        Config config = new Config();
        config.useSingleServer().setAddress(RedisServers.cluster().uri());
        RedissonClient one = Redisson.create(config);
        try {
            AuditResult result = KeyAudit.run(keys, one, FAST, AuditListener.NONE);

            assertThat(result.partial()).isTrue();
            assertThat(result.problems())
                    .singleElement()
                    .asString()
                    .contains("is one node of a Redis Cluster, but the client is not in Cluster mode");
        } finally {
            one.shutdown();
        }
    }

    @Test
    void run_clusterStopsMidScan_partialNamingEachNodeLeftOut() {
        RedisServer cluster = RedisServers.startDedicatedCluster();
        Config config = new Config();
        config.useClusterServers().setNodeAddresses(cluster.nodeUris());
        config.useClusterServers().setTimeout(1000).setRetryAttempts(1);
        RedissonClient nodes = Redisson.create(config);
        try {
            RBatch batch = nodes.createBatch();
            for (int i = 0; i < 3_000; i++) {
                batch.getBucket(":1:audit-items:" + i, StringCodec.INSTANCE).setAsync("x", 20, TimeUnit.MINUTES);
            }
            batch.execute();
            AtomicInteger batches = new AtomicInteger();
            AuditRun.BatchHook stop = (node, page) -> {
                if (batches.incrementAndGet() == 2) {
                    cluster.stop();
                }
            };

            AuditResult result = AuditRun.run(
                    keys, catalog, nodes, cluster.uri(), FAST.withScanCount(100), AuditListener.NONE, stop);

            assertThat(result.partial()).isTrue();
            assertThat(result.nodes()).hasSize(3);
            assertThat(result.problems()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(result.problems()).allSatisfy(p -> assertThat(p).contains("not counted"));
            assertThat(items(result).keys()).isGreaterThan(0).isLessThan(3_000);
        } finally {
            nodes.shutdown();
            cluster.stop();
        }
    }

    private AuditResult run(AuditOptions options, AuditRun.BatchHook hook) {
        return AuditRun.run(keys, catalog, client, redis.uri(), options, AuditListener.NONE, hook);
    }

    private static FamilyFigures items(AuditResult result) {
        return result.families().stream()
                .filter(f -> f.family().name().equals("audit-items"))
                .findFirst()
                .orElseThrow();
    }

    private void seed(int n) {
        seed(0, n);
    }

    /** Cache entries {@code :1:audit-items:from} onwards, with a 20-minute TTL as the annotation gives. */
    private void seed(int from, int n) {
        RBatch batch = client.createBatch();
        for (int i = from; i < from + n; i++) {
            batch.getBucket(":1:audit-items:" + i, StringCodec.INSTANCE)
                    .setAsync("\"item-" + i + "\"", 20, TimeUnit.MINUTES);
        }
        batch.execute();
    }
}
