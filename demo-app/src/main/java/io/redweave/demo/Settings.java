package io.redweave.demo;

import io.redweave.demo.admin.LoginLimits;
import io.redweave.demo.db.DatabaseSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the demo is started with, read from the environment so that one command runs it anywhere.
 *
 * @param host the address the server listens on ({@code HOST}, default {@code 127.0.0.1}: this
 *     machine only; {@code 0.0.0.0} for every interface, as in a container)
 * @param port the HTTP port ({@code PORT}, default 8000; 0 picks a free one)
 * @param redisUrl an external Redis ({@code REDWEAVE_REDIS_URL}); empty starts the embedded one
 * @param database the database ({@code DATABASE_URL}, {@code DATABASE_USER}, {@code DATABASE_PASSWORD};
 *     default an H2 file under the data directory)
 * @param dataDir where the H2 files, the embedded Redis's append-only file and uploads live ({@code
 *     DATA_DIR}, default {@code redweave-demo-data})
 * @param adminUsername the seeded admin ({@code ADMIN_USERNAME}, default {@code twtrubiks})
 * @param adminPassword the seeded admin's password ({@code ADMIN_PASSWORD}, default {@code password123})
 * @param passwordIterations PBKDF2 iterations for new password hashes
 * @param secureCookies whether cookies are sent over HTTPS only ({@code COOKIE_SECURE=true} behind TLS)
 * @param loginLimits how many failed logins lock a user or a client address, and for how long
 */
public record Settings(
        String host,
        int port,
        Optional<String> redisUrl,
        DatabaseSettings database,
        Path dataDir,
        String adminUsername,
        String adminPassword,
        int passwordIterations,
        boolean secureCookies,
        LoginLimits loginLimits) {

    /** PBKDF2-HMAC-SHA256 iterations: OWASP's 2023 advice. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    /**
     * The settings from environment variables.
     *
     * @throws IllegalArgumentException when a variable holds a value that cannot be used, naming it
     */
    public static Settings fromEnvironment(Map<String, String> env) {
        Path dataDir = Path.of(value(env, "DATA_DIR").orElse("redweave-demo-data"));
        DatabaseSettings database = value(env, "DATABASE_URL")
                .map(url -> DatabaseSettings.fromUrl(url, env.get("DATABASE_USER"), env.get("DATABASE_PASSWORD")))
                .orElseGet(() -> DatabaseSettings.h2File(dataDir.resolve("db")));
        return new Settings(
                value(env, "HOST").orElse("127.0.0.1"),
                port(value(env, "PORT").orElse("8000")),
                value(env, "REDWEAVE_REDIS_URL"),
                database,
                dataDir,
                value(env, "ADMIN_USERNAME").orElse("twtrubiks"),
                value(env, "ADMIN_PASSWORD").orElse("password123"),
                DEFAULT_ITERATIONS,
                value(env, "COOKIE_SECURE").map(Boolean::parseBoolean).orElse(false),
                LoginLimits.fromEnvironment(env));
    }

    @Override
    public String toString() {
        return String.format(
                "Settings{host=%s, port=%d, redis=%s, database=%s, dataDir=%s, admin=%s}",
                host,
                port,
                redisUrl.map(u -> u.replaceAll("//[^@/]*@", "//****@")).orElse("embedded"),
                database,
                dataDir,
                adminUsername);
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    private static int port(String text) {
        try {
            int p = Integer.parseInt(text);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(String.format("PORT \"%s\" is not a port number; use e.g. 8000", text));
    }
}
