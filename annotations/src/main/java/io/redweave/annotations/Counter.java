package io.redweave.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Counts calls: each completed call adds {@link #by()} to a Redis counter with {@code INCRBY}.
 *
 * <pre>{@code
 * @Counter(name = "gallery.views")
 * public List<Picture> gallery() { ... }
 *
 * @Counter(name = "visitors", key = "{day}", unique = "{visitorId}", ttl = "2d")
 * public Page page(LocalDate day, String visitorId) { ... }
 * }</pre>
 *
 * <p>The counter's key is {@code {prefix}:counter:{name}} or, with a {@link #key()} template,
 * {@code {prefix}:counter:{name}:{rendered key}}. Counters are never touched by clearing a cache.
 * Read them back with {@code Redweave.counter(name)}. A Redis failure never fails the method: the
 * increment is buffered or dropped, as configured, and counted as degraded.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Counter {

    /** The counter's name. Letters, digits, {@code .}, {@code _} and {@code -} only. */
    String name();

    /**
     * A key template giving one counter per rendered value (per day, per page...); same syntax as
     * {@link Cached#key()}, plus {@code {result...}}. Empty means one counter for all calls.
     */
    String key() default "";

    /** The amount added per call; may be negative. */
    long by() default 1;

    /**
     * A template whose rendered value identifies a visitor. Each call then also adds that value to a
     * HyperLogLog next to the counter ({@code PFADD} on {@code {prefix}:counter-unique:{name}[:{key}]}),
     * and {@code Redweave.counter(name).unique(key)} reads how many distinct values there were ({@code
     * PFCOUNT}; about 0.81 % standard error), so a visitor who repeats a call is counted once there,
     * while {@code get(key)} still counts every call. Empty means no distinct counting.
     */
    String unique() default "";

    /**
     * A time to live set atomically with the first increment of each key, for windowed counters (a
     * per-day key, say). Same syntax as {@link Cached#ttl()}; empty means the counter never expires.
     */
    String ttl() default "";

    /** Which completed calls count: those that return normally (the default), those that throw, or both. */
    CountOn on() default CountOn.SUCCESS;

    /**
     * Adds increments up in memory and sends them in one pipelined round trip per interval (for
     * example {@code 100ms}). Empty (the default) sends every increment at once. Buffered increments
     * are flushed on shutdown; what a crash can lose is at most one interval's increments.
     */
    String buffer() default "";
}
