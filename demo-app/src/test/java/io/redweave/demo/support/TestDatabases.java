package io.redweave.demo.support;

import io.redweave.demo.db.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database the tests run on: H2 in memory, or PostgreSQL when {@code DATABASE_URL} is set, in a
 * database of its own that is dropped at the end (the tests never touch the data of a real demo).
 */
public final class TestDatabases {

    private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

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
        DatabaseSettings base = base();
        run(base, "create database " + name);
        Matcher m = DATABASE.matcher(base.jdbcUrl());
        if (!m.matches()) {
            throw new IllegalStateException("DATABASE_URL names no database: " + base);
        }
        return new DatabaseSettings(m.group(1) + name + m.group(3), base.user(), base.password());
    }

    /** Drops a database made by {@link #fresh()} (H2 in memory: nothing to do). */
    public static void drop(DatabaseSettings settings) {
        Matcher m = DATABASE.matcher(settings.jdbcUrl());
        if (m.matches() && m.group(2).startsWith("demo_test_")) {
            run(base(), "drop database if exists " + m.group(2) + " with (force)");
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

    /** How many rows {@code table} holds, read straight from the database. */
    public static long count(DatabaseSettings settings, String table) {
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("counting " + table + ": " + e.getMessage(), e);
        }
    }

    private static DatabaseSettings base() {
        return DatabaseSettings.fromUrl(
                System.getenv("DATABASE_URL"), System.getenv("DATABASE_USER"), System.getenv("DATABASE_PASSWORD"));
    }
}
