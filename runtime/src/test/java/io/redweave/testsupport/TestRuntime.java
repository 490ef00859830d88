package io.redweave.testsupport;

import io.redweave.RedweaveConfig;
import io.redweave.internal.RedweaveRuntime;
import io.redweave.internal.redis.RedissonFactory;
import java.time.Clock;
import org.redisson.api.RedissonClient;

/**
 * A started runtime for one test, installed for the woven advice, with the clock the test chooses.
 * Closing it uninstalls the runtime and shuts its client down.
 */
public final class TestRuntime implements AutoCloseable {

    private final RedweaveRuntime runtime;

    private TestRuntime(RedweaveRuntime runtime) {
        this.runtime = runtime;
    }

    /** Starts and installs a runtime for {@code config} with {@code clock}. */
    public static TestRuntime start(RedweaveConfig config, Clock clock) {
        RedweaveRuntime runtime = new RedweaveRuntime(config, RedissonFactory.create(config), clock);
        RedweaveRuntime.install(runtime);
        return new TestRuntime(runtime);
    }

    /** Starts with the system clock. */
    public static TestRuntime start(RedweaveConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** The runtime. */
    public RedweaveRuntime runtime() {
        return runtime;
    }

    /** Its Redisson client. */
    public RedissonClient client() {
        return runtime.client();
    }

    /** The configured key prefix. */
    public String prefix() {
        return runtime.config().keyPrefix();
    }

    @Override
    public void close() {
        RedweaveRuntime.uninstall(runtime);
        runtime.close();
        runtime.client().shutdown();
    }
}
