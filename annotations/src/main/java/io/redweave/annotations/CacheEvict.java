package io.redweave.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Invalidates entries of a cache when the method completes (or before it runs).
 *
 * <p>With a {@link #key()}, one entry is deleted ({@code DEL}). With {@link #allEntries()}, every
 * entry of the named cache at the current version is deleted (found with {@code SCAN}, never {@code
 * KEYS}); other caches, counters, boards and sessions are never touched. The annotation may repeat
 * to evict from several caches.
 *
 * <pre>{@code
 * @CacheEvict(name = "musics", allEntries = true)
 * public Music add(NewMusic music) { ... }
 * }</pre>
 *
 * <p>When the method throws, nothing is evicted unless {@link #beforeInvocation()} is set. A Redis
 * failure while evicting is logged and counted; it does not fail the method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(CacheEvict.List.class)
public @interface CacheEvict {

    /** The name of the cache to evict from, as given to {@link Cached#name()}. */
    String name();

    /**
     * The key template of the entry to delete. Same syntax as {@link Cached#key()}, and after the call
     * {@code {result}} and {@code {result.property}} may also be used. Empty means the same default
     * key as {@link Cached#key()} would render for these parameters. Ignored with {@link
     * #allEntries()}.
     */
    String key() default "";

    /** Delete every entry of the cache instead of one key. */
    boolean allEntries() default false;

    /**
     * Evict before the method runs, so the entry is gone even when the method throws. A template
     * cannot then refer to {@code {result}}.
     */
    boolean beforeInvocation() default false;

    /** Holds repeated {@link CacheEvict} annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        /** The repeated annotations. */
        CacheEvict[] value();
    }
}
