package io.redweave.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Cache-aside read: return the value stored under the rendered key, or run the method and store its
 * result.
 *
 * <p>The stored key is {@code {prefix}:{version}:{name}:{rendered key}}. On a hit the method does not
 * run. On a miss (or when Redis cannot be reached) the method runs and its result is returned; the
 * result is stored with {@code GET}/{@code SET PX} semantics when Redis answers. A Redis failure
 * never reaches the caller.
 *
 * <pre>{@code
 * @Cached(name = "musics", key = "{id}", ttl = "10m")
 * public Music find(long id) { ... }
 * }</pre>
 *
 * <p>The method must return a value (not {@code void}). The value is decoded with the method's
 * declared generic return type, so a {@code List<Music>} comes back as a {@code List<Music>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Cached {

    /**
     * The cache name: the namespace of every key this method stores, and the name that {@link
     * CacheEvict} and {@link CachePut} refer to. Letters, digits, {@code .}, {@code _} and {@code -}
     * only; no {@code :} and no glob character.
     */
    String name();

    /**
     * The key template, rendered per call. Text with {@code {param}} and {@code {param.property}}
     * placeholders; literal text is kept as written. Each rendered value is escaped so that it can
     * never contain the {@code :} separator or reach another namespace.
     *
     * <p>Empty (the default): every parameter in order, joined with {@code :}; for a method without
     * parameters, the method's name.
     */
    String key() default "";

    /**
     * Time to live: {@code 300ms}, {@code 10s}, {@code 5m}, {@code 2h}, {@code 1d}, an ISO-8601
     * duration such as {@code PT5M}, or {@code forever}. Empty (the default) means the configured
     * default TTL (300 s unless configured otherwise).
     */
    String ttl() default "";

    /**
     * A random extra TTL, from zero up to this duration, added to each stored entry so that keys
     * written together do not all expire together. Same syntax as {@link #ttl()}; empty means none.
     */
    String jitter() default "";

    /** Whether a {@code null} result is stored (and then returned from the cache as {@code null}). */
    boolean cacheNull() default false;

    /**
     * Time to live of a cached {@code null}, when {@link #cacheNull()} is set. Usually shorter than
     * {@link #ttl()}. Empty means the same as {@link #ttl()}.
     */
    String nullTtl() default "";
}
