package io.redweave.demo.support;

import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import io.redweave.demo.DemoServer;
import io.redweave.demo.Settings;
import io.redweave.demo.admin.LoginLimits;
import io.redweave.demo.db.DatabaseSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One demo for the whole test run, started like {@code java -jar} does but on a free port, against a
 * private Redis and a fresh database: starting it seeds 10,000 rows, so it is started once.
 */
public final class DemoFixture implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    /** The admin the tests log in as. */
    public static final String USER = "twtrubiks";
    /** Their password. */
    public static final String PASSWORD = "password123";
    /** Their HTTP Basic header value. */
    public static final String AUTH = WebClient.basic(USER, PASSWORD);

    private final TestRedis redis;
    private final DatabaseSettings database;
    private final DemoServer server;
    private final Path dataDir;

    private DemoFixture(TestRedis redis, DatabaseSettings database, DemoServer server, Path dataDir) {
        this.redis = redis;
        this.database = database;
        this.server = server;
        this.dataDir = dataDir;
    }

    static DemoFixture start() {
        TestRedis redis = TestRedis.start();
        DatabaseSettings database = TestDatabases.fresh();
        try {
            Path dataDir = Files.createTempDirectory("redweave-demo-test");
            // few PBKDF2 rounds: the tests log in often, and the cost is not what they check
            Settings settings = new Settings(
                    "127.0.0.1",
                    0,
                    Optional.of(redis.url()),
                    database,
                    dataDir,
                    USER,
                    PASSWORD,
                    1_000,
                    false,
                    LoginLimits.DEFAULT);
            RedweaveConfig config = RedweaveConfig.builder()
                    .redisUrl(redis.url())
                    // a short open breaker, so the Redis outage test sees recovery quickly
                    .circuitBreaker(2, Duration.ofMillis(300))
                    .build();
            return new DemoFixture(redis, database, DemoServer.start(settings, config), dataDir);
        } catch (IOException e) {
            redis.close();
            throw new UncheckedIOException(e);
        }
    }

    /** The demo's base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A new HTTP client with its own cookies, as a new browser. */
    public WebClient client() {
        return new WebClient(baseUrl());
    }

    /**
     * Deletes every failed-login count, as if each test came from a new client: the tests share one
     * demo, one user and one address, and the throttle would otherwise carry one test's wrong
     * passwords into the next.
     */
    public void forgetLoginFailures() {
        Redweave.current().orElseThrow().redisson().getKeys().deleteByPattern(":counter:login-failures.*");
    }

    /** The Redis behind the demo. */
    public TestRedis redis() {
        return redis;
    }

    /** The running demo. */
    public DemoServer server() {
        return server;
    }

    /** The database settings. */
    public DatabaseSettings database() {
        return database;
    }

    /** Where uploads and files go. */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        server.close();
        redis.close();
        TestDatabases.drop(database);
    }
}
