package io.redweave.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link RedisExtension} for the shared Redis Cluster ({@link RedisServers#cluster()})
 * instead of the single node:
 *
 * <pre>{@code
 * @Test
 * void set_onCluster_followsRedirects(@ClusterRedis RedisServer cluster) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ClusterRedis {}
