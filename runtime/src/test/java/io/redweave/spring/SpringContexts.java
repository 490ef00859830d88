package io.redweave.spring;

import io.redweave.testing.RedisServer;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Builds and refreshes test contexts pointed at a test Redis. */
final class SpringContexts {

    private SpringContexts() {}

    static AnnotationConfigApplicationContext start(RedisServer redis, Class<?>... configs) {
        return start(Map.of("redweave.redis.url", redis.uri()), configs);
    }

    static AnnotationConfigApplicationContext start(Map<String, Object> properties, Class<?>... configs) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("test", new HashMap<>(properties)));
        context.register(configs);
        try {
            context.refresh();
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return context;
    }
}
