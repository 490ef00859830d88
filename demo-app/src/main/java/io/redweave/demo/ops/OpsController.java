package io.redweave.demo.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.redweave.Redweave;
import io.redweave.demo.EmbeddedRedis;
import io.redweave.demo.db.Database;
import io.redweave.demo.web.RedisCalls;
import io.redweave.demo.web.RouteTable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /health} (Redis and database status) and {@code /metrics} (Prometheus text: the caches'
 * hits, misses, loads, load time and errors, and the calls that went on without Redis).
 */
public final class OpsController {

    private static final Logger LOG = LoggerFactory.getLogger(OpsController.class);

    private final Redweave redweave;
    private final Database database;
    private final PrometheusMeterRegistry registry;
    private final ObjectMapper json;
    private final Supplier<Optional<EmbeddedRedis.Status>> embedded;
    private final AtomicBoolean redisWasUp = new AtomicBoolean(true);

    /**
     * @param embedded the embedded Redis's status, empty when the demo uses a Redis it did not start
     */
    public OpsController(
            Redweave redweave,
            Database database,
            PrometheusMeterRegistry registry,
            ObjectMapper json,
            Supplier<Optional<EmbeddedRedis.Status>> embedded) {
        this.redweave = redweave;
        this.database = database;
        this.registry = registry;
        this.json = json;
        this.embedded = embedded;
    }

    /** Registers the routes. */
    public void register(RouteTable routes) {
        routes.get("/health", this::health);
        routes.get("/metrics", this::metrics);
    }

    private void health(Context ctx) throws Exception {
        Map<String, Object> redis = redis();
        boolean dbUp = database.ping();
        boolean redisUp = "UP".equals(redis.get("status"));
        Map<String, Object> body = new LinkedHashMap<>();
        // the pages answer from the database without Redis: that is degraded, not down
        body.put("status", !dbUp ? "DOWN" : redisUp ? "UP" : "DEGRADED");
        body.put("redis", redis);
        Map<String, Object> db = new LinkedHashMap<>();
        db.put("status", dbUp ? "UP" : "DOWN");
        db.put("kind", database.settings().isPostgres() ? "postgresql" : "h2");
        body.put("database", db);
        ctx.status(dbUp ? 200 : 503).contentType("application/json").result(json.writeValueAsString(body));
    }

    private Map<String, Object> redis() {
        Map<String, Object> redis = new LinkedHashMap<>();
        long start = System.nanoTime();
        try {
            RedisCalls.call("EXISTS health", () -> redweave.redisson()
                    .getBucket(redweave.config().keyPrefix() + ":health", StringCodec.INSTANCE)
                    .isExistsAsync());
            redis.put("status", "UP");
            redis.put("latencyMs", (System.nanoTime() - start) / 1_000_000.0);
            if (!redisWasUp.getAndSet(true)) {
                LOG.info("/health: Redis answers again");
            }
        } catch (RedisCalls.RedisDownException e) {
            // anyone may read /health: the client's own words (ports, connection ids) go to the log
            if (redisWasUp.getAndSet(false)) {
                LOG.warn("/health: Redis cannot be reached: {}", e.getMessage());
            }
            redis.put("status", "DOWN");
            redis.put("detail", "Redis cannot be reached; pages answer from the database meanwhile.");
        }
        redis.put("degradedCalls", redweave.degradedCalls());
        embedded.get().ifPresent(e -> redis.put("embedded", embedded(e)));
        return redis;
    }

    // the embedded Redis is restarted when it dies; say so, so that nobody mistakes it for a quiet night
    private static Map<String, Object> embedded(EmbeddedRedis.Status status) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("running", status.running());
        out.put("restarts", status.restarts());
        status.lastExit().ifPresent(at -> out.put("lastExit", at.toString()));
        return out;
    }

    private void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
