package io.redweave;

import io.redweave.internal.config.RedisAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The builder's argument checks, each failing at once with the problem and the fix. */
final class ConfigChecks {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._-]*");

    private ConfigChecks() {}

    static List<String> urls(List<String> urls, String what) {
        if (urls == null || urls.isEmpty()) {
            throw new IllegalArgumentException(
                    String.format("no %s nodes given; list at least one redis://host:port", what));
        }
        urls.forEach(RedisAddress::parse);
        return List.copyOf(urls);
    }

    static String sentinelMaster(String masterName) {
        if (masterName == null || masterName.isBlank()) {
            throw new IllegalArgumentException("Sentinel master name is empty; give the name in sentinel.conf");
        }
        return masterName;
    }

    static int database(int database) {
        if (database < 0) {
            throw new IllegalArgumentException(
                    String.format("database %d is negative; use 0 to 15 on a default server", database));
        }
        return database;
    }

    static String keyPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(String.format(
                    "key prefix \"%s\" holds a separator or pattern character; use letters, digits, '.', '_'"
                            + " and '-' only",
                    prefix));
        }
        return prefix;
    }

    static int breakerFailures(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException(
                    String.format("breaker failures %d is below 1; use 1 or more", failures));
        }
        return failures;
    }

    static int bufferLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException(String.format(
                    "counter buffer limit %d is below 1; use 1 or more, or counterWhenDown(DROP) to keep nothing",
                    limit));
        }
        return limit;
    }

    static Duration positive(Duration d, String what) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(String.format("%s %s is not positive; use e.g. 500ms", what, d));
        }
        return d;
    }
}
