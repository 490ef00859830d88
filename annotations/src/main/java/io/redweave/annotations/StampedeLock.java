package io.redweave.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stampede protection for a {@link Cached} method: on a miss, one caller in the whole fleet runs the
 * method and stores the value; every other caller waits for that value and is woken when it lands.
 *
 * <pre>{@code
 * @Cached(name = "musics", key = "all", ttl = "forever")
 * @StampedeLock(lease = "30s", waitFor = "5s", onTimeout = OnTimeout.LOAD)
 * public List<Music> all() { ... }
 * }</pre>
 *
 * <p>Inside one JVM, concurrent misses of one key share a single load. Across JVMs, the loader holds
 * a per-key Redis lock with a {@link #lease()}: a loader whose JVM dies frees the key when the lease
 * ends, while a live loader keeps its lease alive. A load that throws releases the lock at once and
 * its caller gets the exception. Only valid together with {@link Cached}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StampedeLock {

    /**
     * How long the loader's lock lives without renewal, and so how soon a crashed loader's key is
     * freed. A live loader renews it. Same syntax as {@link Cached#ttl()}; empty means 30 s.
     */
    String lease() default "";

    /** How long a waiter waits for another caller's load. Empty means 10 s. (Named {@code waitFor} since every Java object already has a final {@code wait()}.) */
    String waitFor() default "";

    /** What a waiter does when {@link #waitFor()} runs out. */
    OnTimeout onTimeout() default OnTimeout.LOAD;

    /**
     * A window before expiry in which one caller refreshes the value in the background while the
     * others keep getting the current value (stale-while-revalidate). Empty means none.
     */
    String refreshAhead() default "";

    /** Whether the last good value is served when a load fails (stale-if-error). */
    boolean staleIfError() default false;
}
