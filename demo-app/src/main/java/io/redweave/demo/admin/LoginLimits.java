package io.redweave.demo.admin;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * How many failed logins are allowed before the demo refuses to check more passwords: per
 * username and per client address, each counted in a window that starts at the first failure.
 *
 * @param perUser failures of one username that lock it ({@code LOGIN_FAILURES_PER_USER}, default 5)
 * @param perAddress failures from one client address that lock it, whatever the usernames ({@code
 *     LOGIN_FAILURES_PER_ADDRESS}, default 20)
 * @param window how long a count lives after its first failure ({@code LOGIN_FAILURE_WINDOW}, an
 *     ISO-8601 duration, default {@code PT15M})
 */
public record LoginLimits(int perUser, int perAddress, Duration window) {

    /** Five failures per user and twenty per address in fifteen minutes, as django-axes suggests. */
    public static final LoginLimits DEFAULT = new LoginLimits(5, 20, Duration.ofMinutes(15));

    public LoginLimits {
        if (perUser < 1 || perAddress < 1) {
            throw new IllegalArgumentException(String.format(
                    "login limits must be at least 1 (got %d per user, %d per address)", perUser, perAddress));
        }
        if (window.toMillis() < 1_000) {
            throw new IllegalArgumentException(
                    String.format("LOGIN_FAILURE_WINDOW %s is shorter than a second; use e.g. PT15M", window));
        }
    }

    /**
     * The limits from {@code LOGIN_FAILURES_PER_USER}, {@code LOGIN_FAILURES_PER_ADDRESS} and {@code
     * LOGIN_FAILURE_WINDOW}, each defaulting to {@link #DEFAULT}'s.
     *
     * @throws IllegalArgumentException naming the variable whose value cannot be used
     */
    public static LoginLimits fromEnvironment(Map<String, String> env) {
        return new LoginLimits(
                count(env, "LOGIN_FAILURES_PER_USER", DEFAULT.perUser()),
                count(env, "LOGIN_FAILURES_PER_ADDRESS", DEFAULT.perAddress()),
                window(env.get("LOGIN_FAILURE_WINDOW")));
    }

    private static int count(Map<String, String> env, String name, int fallback) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(String.format("%s \"%s\" is not a positive number; use e.g. 5", name, raw));
    }

    private static Duration window(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT.window();
        }
        try {
            return Duration.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    String.format("LOGIN_FAILURE_WINDOW \"%s\" is not an ISO-8601 duration; use e.g. PT15M", raw), e);
        }
    }
}
