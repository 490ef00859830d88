package io.redweave.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Always runs the method, then stores its result under the rendered key of the named cache, so the
 * next {@link Cached} read finds the fresh value.
 *
 * <pre>{@code
 * @CachePut(name = "musics", key = "{result.id}")
 * public Music update(long id, MusicPatch patch) { ... }
 * }</pre>
 *
 * <p>The stored value uses this annotation's own {@link #ttl()} (keep it equal to the reading
 * method's; the processor warns when they differ). A Redis failure while storing is logged and
 * counted; it does not fail the method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CachePut {

    /** The name of the cache to write to, as given to {@link Cached#name()}. */
    String name();

    /**
     * The key template. Same syntax as {@link Cached#key()}; {@code {result}} and {@code
     * {result.property}} may also be used, since the value exists when the key is rendered.
     */
    String key() default "";

    /** Time to live of the stored value; same syntax as {@link Cached#ttl()}. */
    String ttl() default "";

    /** Whether a {@code null} result is stored. When not set, a {@code null} result deletes the key. */
    boolean cacheNull() default false;
}
