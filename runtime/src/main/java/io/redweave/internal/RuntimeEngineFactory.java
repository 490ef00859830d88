package io.redweave.internal;

import io.redweave.RedweaveConfig;
import io.redweave.RedweaveEngine;
import io.redweave.internal.redis.RedissonFactory;
import io.redweave.internal.report.StartupCheck;
import io.redweave.internal.weaving.UnwovenClasses;
import java.util.List;
import org.redisson.api.RedissonClient;

/** Starts the runtime's engine; registered as the {@link RedweaveEngine.Factory} service. */
public final class RuntimeEngineFactory implements RedweaveEngine.Factory {

    /** For {@link java.util.ServiceLoader}. */
    public RuntimeEngineFactory() {}

    @Override
    public RedweaveEngine start(RedweaveConfig config, RedissonClient client) {
        boolean ownsClient = client == null;
        RedissonClient used = ownsClient ? RedissonFactory.create(config) : client;
        RedweaveRuntime runtime = new RedweaveRuntime(config, used);
        try {
            StartupCheck.run(Thread.currentThread().getContextClassLoader(), config);
            RedweaveRuntime.install(runtime);
        } catch (RuntimeException e) {
            runtime.close();
            if (ownsClient) {
                used.shutdown();
            }
            throw e;
        }
        return new RuntimeEngine(runtime, ownsClient);
    }

    @Override
    public List<String> unwovenClasses(ClassLoader loader) {
        return UnwovenClasses.unwovenListed(loader);
    }
}
