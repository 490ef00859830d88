package io.redweave.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redweave.Cache;
import io.redweave.Redweave;
import io.redweave.Ttl;
import io.redweave.audit.AuditResult.UnmatchedKeys;
import io.redweave.audit.FamilyFigures.TtlBucket;
import io.redweave.fixtures.TestRuntimes;
import io.redweave.testing.AllTopologies;
import io.redweave.testing.RedisServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.redisson.api.RedissonClient;

/**
 * The audit counts keys that woven annotations wrote, on a single node and on every master of a
 * Cluster. The servers are shared, so each run has its own prefix and checks only its own keys.
 */
@ParameterizedClass
@AllTopologies
class KeyAuditTest {

    private static final String BIG = "x".repeat(10_000);
    private static final AuditOptions FAST = AuditOptions.defaults().withMaxScansPerSecond(0);

    @Parameter
    RedisServer redis;

    @TempDir
    Path dir;

    private Redweave redweave;
    private RedissonClient client;
    private String prefix;
    private final AuditedShop shop = new AuditedShop();

    @BeforeEach
    void seed() {
        redweave = Redweave.start(
                TestRuntimes.config(redis).timeout(Duration.ofSeconds(2)).build());
        client = redweave.redisson();
        prefix = redweave.config().keyPrefix();
        for (long id = 1; id <= 30; id++) {
            shop.item(id);
        }
        Cache items = redweave.cache("audit-items");
        items.set("leak-1", "x", Ttl.FOREVER);
        items.set("leak-2", "x", Ttl.FOREVER);
        items.set("long", BIG, Ttl.of(Duration.ofHours(2)));
        client.getMap(prefix + ":1:audit-items:h1").put("a", "b");
        shop.visit(1, "d1", "v1");
        shop.visit(2, "d1", "v2");
        shop.visit(1, "d2", "v1");
        for (int i = 1; i <= 3; i++) {
            redweave.cache("audit-orphan").set(Integer.toString(i), "x", Ttl.of(Duration.ofMinutes(5)));
        }
        client.getBucket(prefix + ":2:audit-items:5").set("old");
        client.getBucket(prefix + "-foreign:session:1").set("s");
    }

    @AfterEach
    void cleanUp() {
        client.getKeys().deleteByPattern(prefix + "*");
        redweave.close();
    }

    @Test
    void run_seededKeys_eachFamilyCounted() {
        AuditResult result = audit();

        assertThat(figures(result, KeyFamily.Kind.CACHE, "audit-items").keys()).isEqualTo(34);
        assertThat(figures(result, KeyFamily.Kind.COUNTER, "audit-visits").keys())
                .isEqualTo(2);
        assertThat(figures(result, KeyFamily.Kind.COUNTER_UNIQUE, "audit-visits")
                        .keys())
                .isEqualTo(2);
        assertThat(figures(result, KeyFamily.Kind.BOARD, "audit-top").keys()).isEqualTo(1);
        assertThat(figures(result, KeyFamily.Kind.LOCK, "audit-import").keys()).isEqualTo(1);
        assertThat(result.nodes()).hasSize(redis.isCluster() ? 3 : 1);
        assertThat(result.scanCalls()).isGreaterThanOrEqualTo(result.nodes().size());
    }

    @Test
    void run_cacheFamily_ttlFindingsAndTypesAsSeeded() {
        FamilyFigures items = figures(audit(), KeyFamily.Kind.CACHE, "audit-items");

        assertThat(buckets(items))
                .containsEntry("no expiry", 3L)
                .containsEntry("10m-1h", 30L)
                .containsEntry("1h-1d", 1L);
        assertThat(items.withoutTtl()).isEqualTo(3);
        assertThat(items.withoutTtlExamples()).hasSize(3).allMatch(k -> k.startsWith(prefix + ":1:audit-items:"));
        assertThat(items.ttlAboveDeclared()).isEqualTo(1);
        assertThat(items.ttlAboveExamples()).containsExactly(prefix + ":1:audit-items:long");
        assertThat(items.wrongType()).isEqualTo(1);
        assertThat(items.wrongTypeExamples()).containsExactly(prefix + ":1:audit-items:h1 (hash)");
    }

    @Test
    void run_smallFamily_memoryIsTheSumOfMemoryUsageAndLargestFirst() {
        FamilyFigures items = figures(audit(), KeyFamily.Kind.CACHE, "audit-items");
        long expected = 0;
        for (String key : itemKeys()) {
            expected += key.endsWith(":h1")
                    ? client.getMap(key).sizeInMemory()
                    : client.getBucket(key).sizeInMemory();
        }

        assertThat(items.memoryEstimated()).isFalse();
        assertThat(items.memorySampled()).isEqualTo(34);
        assertThat(items.memoryBytes()).isEqualTo(expected);
        assertThat(items.largest()).hasSize(5);
        assertThat(items.largest().get(0).key()).isEqualTo(prefix + ":1:audit-items:long");
        assertThat(items.largest().get(0).bytes()).isGreaterThan(10_000);
    }

    @Test
    void run_counterAndLockLifetimes_noFinding() {
        AuditResult result = audit();
        FamilyFigures visits = figures(result, KeyFamily.Kind.COUNTER, "audit-visits");
        FamilyFigures distinct = figures(result, KeyFamily.Kind.COUNTER_UNIQUE, "audit-visits");
        FamilyFigures lock = figures(result, KeyFamily.Kind.LOCK, "audit-import");

        assertThat(buckets(visits)).containsEntry("1d-7d", 2L);
        assertThat(buckets(distinct)).containsEntry("1d-7d", 2L);
        assertThat(visits.withoutTtl() + distinct.withoutTtl() + lock.withoutTtl())
                .isZero();
        assertThat(visits.wrongType() + distinct.wrongType() + lock.wrongType()).isZero();
        assertThat(figures(result, KeyFamily.Kind.BOARD, "audit-top").wrongType())
                .isZero();
    }

    @Test
    void run_undeclaredKeys_groupedByNamespaceWithAHint() {
        Map<String, UnmatchedKeys> groups = audit().unmatched().stream()
                .filter(u -> u.pattern().startsWith(prefix))
                .collect(Collectors.toMap(UnmatchedKeys::pattern, u -> u));

        assertThat(groups)
                .containsOnlyKeys(
                        prefix + ":1:audit-orphan:*", prefix + ":2:audit-items:*", prefix + "-foreign:session:*");
        assertThat(groups.get(prefix + ":1:audit-orphan:*").keys()).isEqualTo(3);
        assertThat(groups.get(prefix + ":1:audit-orphan:*").hint()).contains("cache \"audit-orphan\"");
        assertThat(groups.get(prefix + ":2:audit-items:*").hint())
                .contains("version 2")
                .contains("version 1");
        assertThat(groups.get(prefix + "-foreign:session:*").examples()).containsExactly(prefix + "-foreign:session:1");
    }

    @Test
    void run_byUrl_findsTheClusterAndScansEveryMaster() {
        KeyCatalog catalog = ShopReport.catalog(dir, redweave.config());

        AuditResult result = KeyAudit.run(catalog, redis.uri(), FAST, AuditListener.NONE);

        assertThat(result.nodes()).hasSize(redis.isCluster() ? 3 : 1);
        assertThat(figures(result, KeyFamily.Kind.CACHE, "audit-items").keys()).isEqualTo(34);
        assertThat(result.redis()).isEqualTo(redis.uri());
    }

    @Test
    void toJson_audit_carriesTheFiguresAndStatus() throws Exception {
        AuditResult result = audit();

        JsonNode json = new ObjectMapper().readTree(result.toJson());

        assertThat(json.path("format").asInt()).isEqualTo(1);
        assertThat(json.path("partial").asBoolean()).isEqualTo(result.partial());
        assertThat(json.path("scanCalls").asLong()).isEqualTo(result.scanCalls());
        JsonNode items = json.path("families").get(0);
        assertThat(items.path("name").asText()).isEqualTo("audit-items");
        assertThat(items.path("patterns").get(0).asText()).isEqualTo(prefix + ":1:audit-items:{id}");
        assertThat(items.path("keys").asLong()).isEqualTo(34);
        assertThat(items.path("withoutTtl").path("count").asLong()).isEqualTo(3);
        assertThat(json.path("catalog").path("prefix").asText()).isEqualTo(prefix);
    }

    @Test
    void toHtml_audit_onePageWithBothChartsAndEveryFamily() {
        String html = audit().toHtml();

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<svg id=\"chart-memory\"")
                .contains("<svg id=\"chart-ttls\"")
                .contains("<code>audit-items</code>")
                .contains("<code>audit-visits</code>")
                .contains(prefix + ":1:audit-orphan:*")
                .doesNotContain("<script")
                .endsWith("</html>\n");
    }

    private AuditResult audit() {
        KeyCatalog catalog = ShopReport.catalog(dir, redweave.config());
        return shop.importing(() -> KeyAudit.run(catalog, client, FAST, AuditListener.NONE));
    }

    private List<String> itemKeys() {
        List<String> keys = new ArrayList<>();
        for (int id = 1; id <= 30; id++) {
            keys.add(prefix + ":1:audit-items:" + id);
        }
        for (String k : List.of("leak-1", "leak-2", "long", "h1")) {
            keys.add(prefix + ":1:audit-items:" + k);
        }
        return keys;
    }

    static FamilyFigures figures(AuditResult result, KeyFamily.Kind kind, String name) {
        return result.families().stream()
                .filter(f -> f.family().kind() == kind && f.family().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + result.families()));
    }

    static Map<String, Long> buckets(FamilyFigures figures) {
        return figures.ttls().stream()
                .filter(b -> b.keys() > 0)
                .collect(Collectors.toMap(TtlBucket::label, TtlBucket::keys));
    }
}
