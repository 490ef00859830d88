package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.redweave.fixtures.TestRuntimes;
import io.redweave.testing.AllTopologies;
import io.redweave.testing.RedisServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.redisson.client.codec.StringCodec;

/** The Django-style cache API against a real Redis, single node and cluster. */
@ParameterizedClass
@AllTopologies
class CacheApiTest {

    @Parameter
    RedisServer redis;

    private Redweave redweave;
    private Cache cache;

    @BeforeEach
    void start() {
        redweave = TestRuntimes.start(redis);
        cache = redweave.cache();
    }

    @AfterEach
    void stop() {
        redweave.close();
    }

    private String raw(String redisKey) {
        return redweave.redisson()
                .<String>getBucket(redisKey, StringCodec.INSTANCE)
                .get();
    }

    private long pttl(String redisKey) {
        return redweave.redisson().getBucket(redisKey).remainTimeToLive();
    }

    @Test
    void set_withDefaults_storesDjangoStyleKeyWithDefaultTtl() {
        Redweave plain = restartWithPrefix("");
        plain.cache().set("my_key", "hello, world!");
        List<String> keys =
                plain.redisson().getKeys().getKeysStreamByPattern(":1:my_key").toList();
        assertThat(keys).containsExactly(":1:my_key");
        assertThat(raw(":1:my_key")).isEqualTo("\"hello, world!\"");
        assertThat(pttl(":1:my_key")).isBetween(290_000L, 300_000L);
        plain.cache().delete("my_key");
    }

    @Test
    void get_afterTtlPassed_returnsDefault() {
        cache.set("key_test", "still here", Ttl.of(Duration.ofMillis(300)));
        assertThat(cache.get("key_test", String.class, "has expired")).isEqualTo("still here");
        await().atMost(Duration.ofSeconds(3))
                .until(() -> cache.get("key_test", String.class, "has expired").equals("has expired"));
    }

    @Test
    void set_forever_hasNoExpiry() {
        cache.set("eternal", 42, Ttl.FOREVER);
        assertThat(pttl(cache.redisKey("eternal"))).isEqualTo(-1);
        assertThat(cache.ttl("eternal")).contains(Ttl.FOREVER);
    }

    @Test
    void add_existingKey_neverOverwrites() {
        assertThat(cache.add("add_key", "first")).isTrue();
        assertThat(cache.add("add_key", "second")).isFalse();
        assertThat(cache.get("add_key", String.class)).isEqualTo("first");
    }

    @Test
    void getOrSet_absentThenPresent_storesOnceAndLoadsOnce() {
        int[] loads = {0};
        assertThat(cache.getOrLoad("click", Long.class, () -> {
                    loads[0]++;
                    return 0L;
                }))
                .isZero();
        cache.incr("click");
        assertThat(cache.getOrLoad("click", Long.class, () -> {
                    loads[0]++;
                    return 0L;
                }))
                .isEqualTo(1L);
        assertThat(loads[0]).isEqualTo(1);
        assertThat(cache.getOrSet("other", Long.class, 7L, Ttl.FOREVER)).isEqualTo(7L);
    }

    @Test
    void setMany_thenGetMany_returnsPresentEntriesAcrossSlots() {
        cache.setMany(Map.of("a", 1, "b", 2, "c", 3));
        Map<String, Integer> found = cache.getMany(List.of("a", "b", "c", "absent"), Integer.class);
        assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1, "b", 2, "c", 3));
    }

    @Test
    void delete_andDeleteMany_reportHowManyWereDeleted() {
        cache.setMany(Map.of("d1", 1, "d2", 2, "d3", 3));
        assertThat(cache.delete("d1")).isTrue();
        assertThat(cache.delete("d1")).isFalse();
        assertThat(cache.deleteMany(List.of("d2", "d3", "d4"))).isEqualTo(2);
        assertThat(cache.contains("d2")).isFalse();
    }

    @Test
    void incr_missingKey_failsNamingTheKey() {
        assertThatThrownBy(() -> cache.incr("nothing"))
                .isInstanceOf(MissingKeyException.class)
                .hasMessageContaining("'nothing'")
                .hasMessageContaining("does not exist");
    }

    @Test
    void incrAndDecr_existingKey_countAtomicallyAndKeepTtl() {
        cache.set("n", 10, Ttl.of(Duration.ofMinutes(5)));
        assertThat(cache.incr("n")).isEqualTo(11);
        assertThat(cache.incr("n", 5)).isEqualTo(16);
        assertThat(cache.decr("n", 6)).isEqualTo(10);
        assertThat(cache.get("n", Integer.class)).isEqualTo(10);
        assertThat(pttl(cache.redisKey("n"))).isPositive();
    }

    @Test
    void incrVersion_movesValueToNextVersion() {
        cache.set("my_key", "hello");
        assertThat(cache.incrVersion("my_key")).isEqualTo(2);
        assertThat(cache.version(2).get("my_key", String.class)).isEqualTo("hello");
        assertThat(cache.get("my_key", String.class)).isNull();
        assertThat(cache.version(2).decrVersion("my_key")).isEqualTo(1);
        assertThat(cache.get("my_key", String.class)).isEqualTo("hello");
    }

    @Test
    void touchTtlPersist_behaveAsRedisCli() {
        cache.set("t", "v", Ttl.of(Duration.ofSeconds(10)));
        assertThat(cache.ttl("t").orElseThrow().duration()).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10));
        assertThat(cache.touch("t", Ttl.of(Duration.ofMinutes(1)))).isTrue();
        assertThat(cache.ttl("t").orElseThrow().duration()).isGreaterThan(Duration.ofSeconds(50));
        assertThat(cache.persist("t")).isTrue();
        assertThat(cache.ttl("t")).contains(Ttl.FOREVER);
        assertThat(cache.ttl("missing")).isEmpty();
        assertThat(cache.touch("missing")).isFalse();
    }

    @Test
    void keys_pattern_findsMatchingKeysOfThisNamespaceOnly() {
        cache.setMany(Map.of("foo_1", 1, "foo_2", 2, "bar", 3));
        redweave.cache("foo_ns").set("foo_3", 4);
        assertThat(cache.keys("foo_*")).containsExactly("foo_1", "foo_2");
        assertThat(cache.keys("*")).containsExactlyInAnyOrder("foo_1", "foo_2", "bar");
        assertThat(redweave.cache("foo_ns").keys("*")).containsExactly("foo_3");
    }

    @Test
    void clear_namedCache_removesThisNamespaceOnly() {
        Cache a = redweave.cache("a");
        Cache b = redweave.cache("b");
        cache.set("a:b", "default cache key holding a colon");
        a.set("b", "in a");
        a.set("x*", "in a too");
        a.version(2).set("b", "a at version 2");
        b.set("b", "in b");
        String counter = redweave.config().keyPrefix() + ":counter:a";
        String session = redweave.config().keyPrefix() + ":session:abc";
        redweave.redisson().getAtomicLong(counter).set(5);
        redweave.redisson().getBucket(session, StringCodec.INSTANCE).set("s");

        assertThat(a.clear()).isEqualTo(2);

        assertThat(a.contains("b")).isFalse();
        assertThat(a.version(2).get("b", String.class)).isEqualTo("a at version 2");
        assertThat(b.get("b", String.class)).isEqualTo("in b");
        assertThat(cache.get("a:b", String.class)).isEqualTo("default cache key holding a colon");
        assertThat(redweave.redisson().getAtomicLong(counter).get()).isEqualTo(5);
        assertThat(redweave.redisson().getBucket(session).isExists()).isTrue();
    }

    @Test
    void clear_defaultCache_leavesNamedCachesAlone() {
        cache.set("plain", 1);
        redweave.cache("named").set("plain", 2);
        assertThat(cache.clear()).isEqualTo(1);
        assertThat(redweave.cache("named").get("plain", Integer.class)).isEqualTo(2);
    }

    @Test
    void keys_withSeparatorAndPatternCharacters_neverCollideOrEscape() {
        Cache a = redweave.cache("a");
        cache.set("a:b", "default");
        a.set("b", "named");
        cache.set("*", "star");
        cache.set("line\nbreak", "newline");
        assertThat(cache.redisKey("a:b")).isNotEqualTo(a.redisKey("b"));
        assertThat(cache.get("a:b", String.class)).isEqualTo("default");
        assertThat(a.get("b", String.class)).isEqualTo("named");
        assertThat(cache.keys("*")).containsExactlyInAnyOrder("a:b", "*", "line\nbreak");
        assertThat(cache.delete("*")).isTrue();
        assertThat(cache.get("a:b", String.class)).isEqualTo("default");
    }

    @Test
    void get_valueOfAnotherShape_isAMissNotACrash() {
        cache.set("shape", "not a number");
        assertThat(cache.get("shape", Integer.class)).isNull();
        assertThat(cache.get("shape", Integer.class, -1)).isEqualTo(-1);
    }

    @Test
    void get_genericType_decodesTheDeclaredType() {
        cache.set("list", List.of(Map.of("id", 1)));
        List<Map<String, Long>> value = cache.get("list", new ValueType<List<Map<String, Long>>>() {});
        assertThat(value.get(0).get("id")).isEqualTo(1L);
    }

    private Redweave restartWithPrefix(String prefix) {
        redweave.close();
        redweave = Redweave.start(TestRuntimes.config(redis).keyPrefix(prefix).build());
        return redweave;
    }
}
