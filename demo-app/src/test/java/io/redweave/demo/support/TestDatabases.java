package io.redweave.demo.support;

import io.redweave.demo.db.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The database the tests run on: H2 in memory, or PostgreSQL when {@code DATABASE_URL} is set, in a
 * schema of its own that is dropped at the end (the tests never touch the data of a real demo).
 */
public final class TestDatabases {

    private TestDatabases() {}

    /** Whether the tests run on PostgreSQL. */
    public static boolean postgres() {
        String url = System.getenv("DATABASE_URL");
        return url != null && !url.isBlank();
    }

    /** A fresh, empty database. */
    public static DatabaseSettings fresh() {
        String name =
                "demo_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (!postgres()) {
            return new DatabaseSettings("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        DatabaseSettings base = DatabaseSettings.fromUrl(
                System.getenv("DATABASE_URL"), System.getenv("DATABASE_USER"), System.getenv("DATABASE_PASSWORD"));
        run(base, "create schema " + name);
        String sep = base.jdbcUrl().contains("?") ? "&" : "?";
        return new DatabaseSettings(base.jdbcUrl() + sep + "currentSchema=" + name, base.user(), base.password());
    }

    /** Drops a database made by {@link #fresh()} (PostgreSQL: its schema; H2 in memory: nothing to do). */
    public static void drop(DatabaseSettings settings) {
        int at = settings.jdbcUrl().indexOf("currentSchema=");
        if (at >= 0) {
            String schema = settings.jdbcUrl().substring(at + "currentSchema=".length());
            run(settings, "drop schema " + schema + " cascade");
        }
    }

    /** Runs one SQL statement. */
    public static void run(DatabaseSettings settings, String sql) {
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
