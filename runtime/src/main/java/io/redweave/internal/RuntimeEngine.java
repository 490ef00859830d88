package io.redweave.internal;

import io.redweave.Cache;
import io.redweave.CacheStats;
import io.redweave.Counter;
import io.redweave.Leaderboard;
import io.redweave.RedweaveConfig;
import io.redweave.RedweaveEngine;
import io.redweave.internal.key.Names;
import java.util.Map;
import java.util.function.Consumer;
import org.redisson.api.RedissonClient;

/** The engine {@code Redweave} fronts: one installed {@link RedweaveRuntime}. */
final class RuntimeEngine implements RedweaveEngine {

    private final RedweaveRuntime runtime;
    private final boolean ownsClient;

    RuntimeEngine(RedweaveRuntime runtime, boolean ownsClient) {
        this.runtime = runtime;
        this.ownsClient = ownsClient;
    }

    @Override
    public Cache defaultCache() {
        return runtime.cache("");
    }

    @Override
    public Cache cache(String name) {
        Names.checkName(name, "cache(\"" + name + "\")");
        return runtime.cache(name);
    }

    @Override
    public Counter counter(String name) {
        Names.checkName(name, "counter(\"" + name + "\")");
        return runtime.counting().counter(name);
    }

    @Override
    public Leaderboard leaderboard(String name) {
        Names.checkName(name, "leaderboard(\"" + name + "\")");
        return runtime.counting().leaderboard(name);
    }

    @Override
    public int flushCounters() {
        return runtime.counting().flush();
    }

    @Override
    public RedissonClient client() {
        return runtime.client();
    }

    @Override
    public RedweaveConfig config() {
        return runtime.config();
    }

    @Override
    public Map<String, CacheStats> stats() {
        return runtime.metrics().snapshot();
    }

    @Override
    public long degradedCalls() {
        return runtime.gateway().degraded().total();
    }

    @Override
    public void onNewCache(Consumer<String> listener) {
        runtime.metrics().onNewCache(listener);
    }

    @Override
    public boolean isInstalled() {
        return RedweaveRuntime.current() == runtime;
    }

    @Override
    public void close() {
        RedweaveRuntime.uninstall(runtime);
        runtime.counting().close();
        runtime.close();
        if (ownsClient) {
            runtime.client().shutdown();
        }
    }
}
