package io.redweave.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Ranks members of a leaderboard: each completed call adds {@link #by()} to the member's score with
 * {@code ZINCRBY}.
 *
 * <pre>{@code
 * @Ranked(board = "images", member = "{result.url}")
 * public Picture show(long id) { ... }
 * }</pre>
 *
 * <p>The board is the sorted set {@code {prefix}:board:{board}}; read it with {@code
 * Redweave.leaderboard(board)}. A Redis failure never fails the method; the increment is counted as
 * degraded.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Ranked {

    /** The board's name. Letters, digits, {@code .}, {@code _} and {@code -} only. */
    String board();

    /**
     * A template rendering the member: {@code {param}}, {@code {param.property}}, {@code {result}} or
     * {@code {result.property}}.
     */
    String member();

    /** The score added per call. */
    double by() default 1;

    /** Which completed calls count: those that return normally (the default), those that throw, or both. */
    CountOn on() default CountOn.SUCCESS;
}
