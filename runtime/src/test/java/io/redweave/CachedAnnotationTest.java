package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.fixtures.BrokenService;
import io.redweave.fixtures.Music;
import io.redweave.fixtures.MusicService;
import io.redweave.fixtures.TestRuntimes;
import io.redweave.testing.AllTopologies;
import io.redweave.testing.RedisServer;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.redisson.client.codec.StringCodec;

/** The woven @Cached, @CacheEvict and @CachePut advice against a real Redis, single node and cluster. */
@ParameterizedClass
@AllTopologies
class CachedAnnotationTest {

    @Parameter
    RedisServer redis;

    private Redweave redweave;
    private MusicService service;
    private String prefix;

    @BeforeEach
    void start() {
        redweave = TestRuntimes.start(redis);
        prefix = redweave.config().keyPrefix();
        service = new MusicService();
    }

    @AfterEach
    void stop() {
        redweave.close();
    }

    private String raw(String key) {
        return redweave.redisson().<String>getBucket(key, StringCodec.INSTANCE).get();
    }

    private long pttl(String key) {
        return redweave.redisson().getBucket(key).remainTimeToLive();
    }

    @Test
    void cached_secondCall_isServedFromRedisWithoutRunningTheMethod() {
        Music first = service.find(1);
        Music second = service.find(1);
        assertThat(second).isEqualTo(first);
        assertThat(service.runs("find")).isEqualTo(1);
        assertThat(redweave.stats().get("music").hits()).isEqualTo(1);
        assertThat(redweave.stats().get("music").misses()).isEqualTo(1);
    }

    @Test
    void cached_storesReadableKeyWithTheAnnotatedTtl() {
        service.find(2);
        String key = prefix + ":1:music:2";
        assertThat(raw(key)).contains("\"song\":\"song_2\"").contains("\"created\":\"2018-03-30T06:00:48\"");
        assertThat(pttl(key)).isBetween(590_000L, 600_000L);
    }

    @Test
    void cached_forever_storesWithoutExpiryAndNoParametersKeyIsTheMethodName() {
        service.all();
        assertThat(pttl(prefix + ":1:musics:all")).isEqualTo(-1);
    }

    @Test
    void cached_genericList_comesBackAsListOfRecords() {
        List<Music> first = service.all();
        List<Music> cached = service.all();
        assertThat(service.runs("all")).isEqualTo(1);
        assertThat(cached).isEqualTo(first);
        assertThat(cached.get(0)).isInstanceOf(Music.class);
        assertThat(cached.get(0).created()).isEqualTo(LocalDateTime.of(2018, 3, 30, 6, 0, 48));
    }

    @Test
    void cached_nullResult_isNotStoredByDefault() {
        assertThat(service.find(99)).isNull();
        assertThat(service.find(99)).isNull();
        assertThat(service.runs("find")).isEqualTo(2);
    }

    @Test
    void cached_cacheNull_storesNullWithItsOwnTtl() {
        assertThat(service.findOrNull(99)).isNull();
        assertThat(service.findOrNull(99)).isNull();
        assertThat(service.runs("findOrNull")).isEqualTo(1);
        assertThat(pttl(prefix + ":1:music.nullable:99")).isBetween(50_000L, 60_000L);
    }

    @Test
    void cached_valuesHoldingSeparators_neverShareAnEntry() {
        assertThat(service.pair("a:b", "c")).isEqualTo("a:b|c");
        assertThat(service.pair("a", "b:c")).isEqualTo("a|b:c");
        assertThat(service.pair("*", "x")).isEqualTo("*|x");
        assertThat(service.pair("line\n", "x")).isEqualTo("line\n|x");
        assertThat(service.runs("pair")).isEqualTo(4);
        assertThat(raw(prefix + ":1:pairs:a%3Ab:c")).isEqualTo("\"a:b|c\"");
    }

    @Test
    void cached_propertyTemplateAndJitter_keyFromPropertyAndTtlWithinJitter() {
        Music m = new Music(7, "song_7", "singer_7", LocalDateTime.now());
        service.describe(m);
        assertThat(pttl(prefix + ":1:by-song:song_7")).isBetween(3_590_000L, 4_200_000L);
    }

    @Test
    void cached_callFromInsideTheSameClass_isAdvised() {
        service.findTwiceInside(3);
        assertThat(service.runs("find")).isEqualTo(1);
    }

    @Test
    void cacheEvict_afterWrite_nextReadSeesTheWrite() {
        service.find(1);
        service.all();
        service.rename(1, "renamed");
        assertThat(service.find(1).song()).isEqualTo("renamed");
        assertThat(service.all().get(0).song()).isEqualTo("renamed");
        assertThat(service.runs("find")).isEqualTo(2);
        assertThat(service.runs("all")).isEqualTo(2);
    }

    @Test
    void cacheEvict_allEntries_leavesOtherCachesAlone() {
        service.find(1);
        service.all();
        service.rename(2, "x");
        assertThat(raw(prefix + ":1:music:1")).isNotNull();
        assertThat(raw(prefix + ":1:musics:all")).isNull();
    }

    @Test
    void cacheEvict_methodThrows_evictsOnlyWhenBeforeInvocation() {
        service.find(1);
        assertThatThrownBy(() -> service.failingUpdateAfter(1)).isInstanceOf(IllegalStateException.class);
        assertThat(raw(prefix + ":1:music:1")).isNotNull();
        assertThatThrownBy(() -> service.failingUpdate(1)).isInstanceOf(IllegalStateException.class);
        assertThat(raw(prefix + ":1:music:1")).isNull();
    }

    @Test
    void cachePut_storesTheResultUnderTheResultKey() {
        Music added = service.add("new song", "new singer");
        assertThat(raw(prefix + ":1:music:" + added.id())).contains("new song");
        assertThat(service.find(added.id())).isEqualTo(added);
        assertThat(service.runs("find")).isZero();
    }

    @Test
    void cached_undecodableValue_isALoggedMissAndGetsRepaired() {
        String key = prefix + ":1:music:1";
        redweave.redisson().getBucket(key, StringCodec.INSTANCE).set("{not json");
        assertThat(service.find(1).song()).isEqualTo("song_1");
        assertThat(service.runs("find")).isEqualTo(1);
        assertThat(raw(key)).contains("song_1");
    }

    @Test
    void cached_templateNamingAnUnknownParameter_failsNamingMethodAndCache() {
        BrokenService broken = new BrokenService();
        assertThatThrownBy(() -> broken.unknownParameter(1))
                .isInstanceOf(RedweaveException.class)
                .hasMessageContaining("@Cached(name=\"broken\") on BrokenService.unknownParameter(long)")
                .hasMessageContaining("{nope}")
                .hasMessageContaining("[id]");
    }

    @Test
    void cached_templateNamingAnUnknownProperty_failsNamingTheProperty() {
        BrokenService broken = new BrokenService();
        assertThatThrownBy(() -> broken.unknownProperty(new Music(1, "s", "t", null)))
                .isInstanceOf(RedweaveException.class)
                .hasMessageContaining("BrokenService.unknownProperty(Music)")
                .hasMessageContaining("'rating'");
    }

    @Test
    void cached_unencodableValue_failsNamingMethodAndCache() {
        assertThatThrownBy(() -> new BrokenService().unencodable())
                .isInstanceOf(CacheValueException.class)
                .hasMessageContaining("@Cached(name=\"cyclic\") on BrokenService.unencodable()");
    }
}
