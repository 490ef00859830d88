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

    @Configuration
    @EnableCaching
    static class Config {

        @Bean(destroyMethod = "destroy")
        LettuceConnectionFactory connectionFactory() {
            URI uri = URI.create(System.getProperty("rwbench.redis.url"));
            LettuceConnectionFactory factory =
                    new LettuceConnectionFactory(new RedisStandaloneConfiguration(uri.getHost(), uri.getPort()));
            factory.afterPropertiesSet();
            return factory;
        }

        @Bean
        CacheManager cacheManager(LettuceConnectionFactory factory) {
            RedisCacheConfiguration config = RedisCacheConfiguration.defaultCacheConfig()
                    .prefixCacheNameWith("rwbench-spring:")
                    .entryTtl(Duration.ofHours(1))
                    .serializeValuesWith(RedisSerializationContext.SerializationPair.fromSerializer(
                            new Jackson2JsonRedisSerializer<>(String.class)));
            return RedisCacheManager.builder(factory).cacheDefaults(config).build();
        }

        @Bean
        SpringCatalog springCatalog() {
            return new SpringCatalog();
        }
    }
}
