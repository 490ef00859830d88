package io.redweave.benchmarks;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Spring's answer to a stampede: {@code @Cacheable(sync = true)} over {@code RedisCacheManager}
 * (Lettuce, JSON values). With Spring Data Redis 3.x, {@code sync} is carried out by the cache
 * writer: the default (non-locking) writer, which {@code RedisCacheManager.builder(factory)} and
 * Spring Boot set up, does not serialise loads at all; the locking writer takes one Redis lock per
 * cache name and has waiters poll it every 50 ms. Both are measured.
 */
public final class SpringStampedePeer {

    private SpringStampedePeer() {}

    /**
     * A started context against {@code url}, keys under {@code rwbench-stampede-spring:}, with the
     * locking cache writer when {@code locking}.
     */
    static AnnotationConfigApplicationContext context(String url, boolean locking) {
        System.setProperty("rwbench.stampede.redis.url", url);
        System.setProperty("rwbench.stampede.locking", Boolean.toString(locking));
        return new AnnotationConfigApplicationContext(Config.class);
    }

    /** The service Spring advises. */
    public static class Catalog {
        @Cacheable(cacheNames = "stampede", key = "#key", sync = true)
        public String find(String key) {
            return StampedeServices.load(key);
        }
    }

    @Configuration
    @EnableCaching
    static class Config {

        @Bean(destroyMethod = "destroy")
        LettuceConnectionFactory connectionFactory() {
            return SpringPeer.lettuce(System.getProperty("rwbench.stampede.redis.url"));
        }

        @Bean
        CacheManager cacheManager(LettuceConnectionFactory factory) {
            RedisCacheConfiguration config = SpringPeer.jsonStrings("rwbench-stampede-spring:");
            RedisCacheWriter writer = Boolean.getBoolean("rwbench.stampede.locking")
                    ? RedisCacheWriter.lockingRedisCacheWriter(factory)
                    : RedisCacheWriter.nonLockingRedisCacheWriter(factory);
            return RedisCacheManager.builder(writer).cacheDefaults(config).build();
        }

        @Bean
        Catalog catalog() {
            return new Catalog();
        }
    }
}
