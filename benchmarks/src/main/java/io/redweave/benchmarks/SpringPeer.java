package io.redweave.benchmarks;

import java.net.URI;
import java.time.Duration;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.serializer.Jackson2JsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext;

/**
 * Spring's cache abstraction as an application would set it up: {@code @EnableCaching}, a {@code
 * RedisCacheManager} over Lettuce, JSON values, a one-hour TTL.
 */
final class SpringPeer {

    private SpringPeer() {}

    static AnnotationConfigApplicationContext context(String url) {
        System.setProperty("rwbench.redis.url", url);
        return new AnnotationConfigApplicationContext(Config.class);
    }

    static void clear(AnnotationConfigApplicationContext context) {
        var cache = context.getBean(CacheManager.class).getCache("bench");
        if (cache != null) {
            cache.clear();
        }
    }

    /** A started Lettuce connection factory for {@code redis://host:port}, as Spring Boot would make. */
    static LettuceConnectionFactory lettuce(String url) {
        URI uri = URI.create(url);
        LettuceConnectionFactory factory =
                new LettuceConnectionFactory(new RedisStandaloneConfiguration(uri.getHost(), uri.getPort()));
        factory.afterPropertiesSet();
        return factory;
    }

    /** Cache defaults of both Spring peers: keys under {@code prefix}, one-hour TTL, JSON strings. */
    static RedisCacheConfiguration jsonStrings(String prefix) {
        return RedisCacheConfiguration.defaultCacheConfig()
                .prefixCacheNameWith(prefix)
                .entryTtl(Duration.ofHours(1))
                .serializeValuesWith(RedisSerializationContext.SerializationPair.fromSerializer(
                        new Jackson2JsonRedisSerializer<>(String.class)));
    }

    @Configuration
    @EnableCaching
    static class Config {

        @Bean(destroyMethod = "destroy")
        LettuceConnectionFactory connectionFactory() {
            return lettuce(System.getProperty("rwbench.redis.url"));
        }

        @Bean
        CacheManager cacheManager(LettuceConnectionFactory factory) {
            return RedisCacheManager.builder(factory)
                    .cacheDefaults(jsonStrings("rwbench-spring:"))
                    .build();
        }

        @Bean
        SpringCatalog springCatalog() {
            return new SpringCatalog();
        }
    }
}
