package io.redweave.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a parameterized test (or every test of a parameterized class) once per {@link
 * RedisTopology}: first against the shared single node, then against the shared cluster. Each
 * server starts only when its run begins, and reports read {@code [1] single node}, {@code [2]
 * cluster}.
 *
 * <p>The first parameter receives a {@link RedisServer}, or the {@link RedisTopology} itself when
 * it is declared with that type:
 *
 * <pre>{@code
 * @ParameterizedTest
 * @AllTopologies
 * void put_thenGet_returnsValue(RedisServer redis) { ... }
 *
 * @ParameterizedClass
 * @AllTopologies
 * class CacheBehaviourTest {
 *     @Parameter RedisServer redis;
 *     @Test void get_afterEvict_misses() { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ArgumentsSource(TopologyArgumentsProvider.class)
public @interface AllTopologies {}
