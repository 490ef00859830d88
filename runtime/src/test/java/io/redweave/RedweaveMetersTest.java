package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redweave.fixtures.MusicService;
import io.redweave.fixtures.TestRuntimes;
import io.redweave.testing.RedisServers;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RedweaveMetersTest {

    @Test
    void bind_cacheUsedAfterBinding_publishesItsHitsMissesAndLoads() {
        MeterRegistry registry = new SimpleMeterRegistry();
        try (Redweave redweave = TestRuntimes.start(RedisServers.single())) {
            RedweaveMeters.bind(redweave, registry);
            MusicService service = new MusicService();

            service.find(1);
            service.find(1);

            assertThat(registry.get("redweave.cache.hits")
                            .tag("cache", "music")
                            .functionCounter()
                            .count())
                    .isEqualTo(1.0);
            assertThat(registry.get("redweave.cache.misses")
                            .tag("cache", "music")
                            .functionCounter()
                            .count())
                    .isEqualTo(1.0);
            assertThat(registry.get("redweave.cache.loads")
                            .tag("cache", "music")
                            .functionTimer()
                            .count())
                    .isEqualTo(1.0);
            assertThat(registry.get("redweave.degraded.calls").functionCounter().count())
                    .isZero();
        }
    }

    @Test
    void redweave_declaredSignatures_nameNoMicrometerType() {
        // Spring introspects a bean's declared methods: a Micrometer type there would be a
        // NoClassDefFoundError for an application without micrometer-core
        Stream<Class<?>> types =
                Arrays.stream(Redweave.class.getDeclaredMethods()).flatMap(RedweaveMetersTest::types);

        assertThat(types.map(Class::getName)).noneMatch(name -> name.startsWith("io.micrometer"));
    }

    private static Stream<Class<?>> types(Method m) {
        return Stream.concat(Stream.of(m.getReturnType()), Arrays.stream(m.getParameterTypes()));
    }
}
