package io.redweave.demo;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.redweave.Redweave;
import io.redweave.demo.db.Database;
import java.time.Clock;
import java.util.Optional;

/**
 * What the application runs on, started before {@link App#create}: Redweave (and through it Redis),
 * the database and the metrics registry.
 *
 * @param settings the settings
 * @param redweave the started Redweave
 * @param database the open database
 * @param registry the Prometheus registry that {@code /metrics} scrapes
 * @param redisWhere where Redis is, for the dashboard (no password)
 * @param embeddedRedis the Redis the demo started and looks after, when none was configured
 * @param clock the clock for timestamps
 */
public record Infrastructure(
        Settings settings,
        Redweave redweave,
        Database database,
        PrometheusMeterRegistry registry,
        String redisWhere,
        Optional<EmbeddedRedis> embeddedRedis,
        Clock clock) {}
