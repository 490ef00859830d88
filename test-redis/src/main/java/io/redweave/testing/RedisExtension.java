package io.redweave.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link RedisServer} parameters of test methods, lifecycle methods and constructors:
 * the shared single node by default, the shared cluster where the parameter is annotated {@link
 * ClusterRedis}.
 *
 * <pre>{@code
 * @ExtendWith(RedisExtension.class)
 * class KeyLayoutTest {
 *     @Test
 *     void set_singleNode_readableWithGet(RedisServer redis) { ... }
 *
 *     @Test
 *     void set_cluster_readableWithGet(@ClusterRedis RedisServer cluster) { ... }
 * }
 * }</pre>
 *
 * <p>The first parameter of a method (or of the constructor of a parameterized class) annotated
 * {@link AllTopologies} is left to that source, so the extension can stay registered on a class that
 * mixes plain and per-topology tests. The servers are shared and are not stopped after a test;
 * see {@link RedisServers}.
 */
public final class RedisExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == RedisServer.class
                && !suppliedByAllTopologies(parameterContext);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.isAnnotated(ClusterRedis.class) ? RedisServers.cluster() : RedisServers.single();
    }

    /** {@link AllTopologies} supplies index 0 of its method, or of its class's constructor. */
    private static boolean suppliedByAllTopologies(ParameterContext parameterContext) {
        if (parameterContext.getIndex() != 0) {
            return false;
        }
        Executable executable = parameterContext.getDeclaringExecutable();
        return executable instanceof Constructor<?> constructor
                ? AnnotationSupport.isAnnotated(constructor.getDeclaringClass(), AllTopologies.class)
                : AnnotationSupport.isAnnotated(executable, AllTopologies.class);
    }
}
