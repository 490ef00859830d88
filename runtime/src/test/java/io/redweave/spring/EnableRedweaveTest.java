package io.redweave.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.Cache;
import io.redweave.Redweave;
import io.redweave.internal.weaving.UnwovenClasses;
import io.redweave.spring.proxied.Catalog;
import io.redweave.spring.proxied.ClassCatalog;
import io.redweave.spring.proxied.InterfaceCatalog;
import io.redweave.spring.woven.WovenCatalog;
import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redisson.api.RedissonClient;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.EnableAspectJAutoProxy;

/**
 * The same three calls on a JDK-proxied bean, a CGLIB-proxied bean and a woven bean: each call is
 * advised exactly once, which the server's own command counts show (advice applied twice would read
 * twice per call and write twice per load).
 */
class EnableRedweaveTest {

    private static RedisServer redis;
    private static AnnotationConfigApplicationContext context;
    private static RedisProbe probe;

    @Configuration
    @EnableRedweave
    static class AppConfig {
        @Bean
        Catalog interfaceCatalog() {
            return new InterfaceCatalog();
        }

        @Bean
        ClassCatalog classCatalog() {
            return new ClassCatalog();
        }

        @Bean
        WovenCatalog wovenCatalog() {
            return new WovenCatalog();
        }
    }

    @BeforeAll
    static void start() {
        redis = RedisServers.startDedicated();
        context = SpringContexts.start(redis, AppConfig.class);
        probe = new RedisProbe(context.getBean(RedissonClient.class));
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
        redis.stop();
    }

    static Stream<Function<AnnotationConfigApplicationContext, CatalogVariant>> variants() {
        return Stream.of(CatalogVariant::jdkProxy, CatalogVariant::classProxy, CatalogVariant::woven);
    }

    @ParameterizedTest
    @MethodSource("variants")
    void find_calledTwice_loadsOnceReadsOncePerCallAndWritesOnce(
            Function<AnnotationConfigApplicationContext, CatalogVariant> variant) {
        CatalogVariant v = variant.apply(context);
        RedisProbe.Counts before = probe.counts();
        int loadsBefore = v.loads().getAsInt();

        assertThat(v.find().apply("a1")).isEqualTo("item-a1");
        assertThat(v.find().apply("a1")).isEqualTo("item-a1");

        assertThat(v.loads().getAsInt() - loadsBefore).as("loads of %s", v).isEqualTo(1);
        assertThat(probe.counts().since(before)).as(v.name()).isEqualTo(new RedisProbe.Counts(2, 1, 0));
        assertThat(probe.get(v.key("a1"))).isEqualTo("\"item-a1\"");
    }

    @ParameterizedTest
    @MethodSource("variants")
    void rename_cachePut_writesOnceAndTheNextFindHits(
            Function<AnnotationConfigApplicationContext, CatalogVariant> variant) {
        CatalogVariant v = variant.apply(context);
        RedisProbe.Counts before = probe.counts();
        int loadsBefore = v.loads().getAsInt();

        v.rename().apply("b1", "renamed");
        String found = v.find().apply("b1");

        assertThat(found).isEqualTo("renamed");
        assertThat(v.loads().getAsInt()).isEqualTo(loadsBefore);
        assertThat(probe.counts().since(before)).as(v.name()).isEqualTo(new RedisProbe.Counts(1, 1, 0));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void remove_cacheEvict_deletesOnceAndTheNextFindLoads(
            Function<AnnotationConfigApplicationContext, CatalogVariant> variant) {
        CatalogVariant v = variant.apply(context);
        v.find().apply("c1");
        int loadsBefore = v.loads().getAsInt();
        RedisProbe.Counts before = probe.counts();

        v.remove().accept("c1");

        assertThat(probe.counts().since(before)).as(v.name()).isEqualTo(new RedisProbe.Counts(0, 0, 1));
        assertThat(probe.exists(v.key("c1"))).isFalse();
        v.find().apply("c1");
        assertThat(v.loads().getAsInt()).isEqualTo(loadsBefore + 1);
    }

    @ParameterizedTest
    @MethodSource("variants")
    void view_counterRankedAndCached_countsEveryCallOnceAndLoadsOnce(
            Function<AnnotationConfigApplicationContext, CatalogVariant> variant) {
        CatalogVariant v = variant.apply(context);
        int loadsBefore = v.loads().getAsInt();

        for (int i = 0; i < 3; i++) {
            assertThat(v.view().apply("v1")).isEqualTo("viewed-v1");
        }

        assertThat(probe.counter(v.counterKey("v1"))).as("counter of %s", v).isEqualTo(3);
        assertThat(probe.score(v.boardKey(), "v1")).as("board of %s", v).isEqualTo(3.0);
        assertThat(v.loads().getAsInt() - loadsBefore).as("loads of %s", v).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("variants")
    void popular_stampedeLockOnAMiss_locksOnceLoadsOnceAndLeavesNoLock(
            Function<AnnotationConfigApplicationContext, CatalogVariant> variant) {
        CatalogVariant v = variant.apply(context);
        int loadsBefore = v.loads().getAsInt();
        RedisProbe.Counts before = probe.counts();

        v.popular().apply("s1");
        v.popular().apply("s1");

        assertThat(v.loads().getAsInt() - loadsBefore).as("loads of %s", v).isEqualTo(1);
        // miss: GET, lock (SET NX in its script), GET again, store, release (GET, DEL); hit: GET
        assertThat(probe.counts().since(before)).as(v.name()).isEqualTo(new RedisProbe.Counts(4, 2, 1));
        assertThat(probe.exists(":lock:" + v.cache() + ":popular-s1")).isFalse();
    }

    @Test
    void beans_proxiedOnlyWhereNotWoven() {
        assertThat(AopUtils.isJdkDynamicProxy(context.getBean(Catalog.class))).isTrue();
        assertThat(AopUtils.isCglibProxy(context.getBean(ClassCatalog.class))).isTrue();
        WovenCatalog woven = context.getBean(WovenCatalog.class);
        assertThat(AopUtils.isAopProxy(woven)).isFalse();
        assertThat(UnwovenClasses.isWoven(WovenCatalog.class)).isTrue();
        assertThat(UnwovenClasses.isWoven(ClassCatalog.class)).isFalse();
    }

    @Test
    void context_exposesRedweaveItsCacheAndRedissonAsBeans() {
        Redweave redweave = context.getBean(Redweave.class);

        context.getBean(Cache.class).set("exposed", "yes");

        assertThat(redweave.cache().get("exposed", String.class)).isEqualTo("yes");
        assertThat(context.getBean(RedissonClient.class)).isSameAs(redweave.redisson());
        assertThat(Redweave.current()).isPresent();
    }

    @Test
    void close_closesRedweaveWithTheContext() {
        RedisServer other = RedisServers.single();
        context.close();
        try {
            assertThat(Redweave.current()).isEmpty();
            try (AnnotationConfigApplicationContext second = SpringContexts.start(other, AppConfig.class)) {
                assertThat(Redweave.current()).isPresent();
            }
            assertThat(Redweave.current()).isEmpty();
        } finally {
            context = SpringContexts.start(redis, AppConfig.class);
            probe = new RedisProbe(context.getBean(RedissonClient.class));
        }
    }

    @Configuration
    @EnableRedweave
    @EnableAspectJAutoProxy(proxyTargetClass = true)
    static class AspectJAutoProxyConfig extends AppConfig {}

    @Test
    void find_withAspectJAutoProxyAlsoEnabled_isStillAdvisedOnce() {
        context.close();
        try (AnnotationConfigApplicationContext aspectj = SpringContexts.start(redis, AspectJAutoProxyConfig.class)) {
            RedisProbe aspectjProbe = new RedisProbe(aspectj.getBean(RedissonClient.class));
            for (CatalogVariant v : variants().map(f -> f.apply(aspectj)).toList()) {
                RedisProbe.Counts before = aspectjProbe.counts();
                v.find().apply("d1");
                v.find().apply("d1");
                assertThat(aspectjProbe.counts().since(before)).as(v.name()).isEqualTo(new RedisProbe.Counts(2, 1, 0));
            }
        } finally {
            context = SpringContexts.start(redis, AppConfig.class);
            probe = new RedisProbe(context.getBean(RedissonClient.class));
        }
    }
}
