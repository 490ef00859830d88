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
 * @Cached(name = "musics", key = "all", ttl = "10m")
 * @StampedeLock(lease = "30s", waitFor = "5s", onTimeout = OnTimeout.LOAD, refreshAhead = "30s")
 * public List<Music> all() { ... }
 * }</pre>
 *
 * <p>Inside one JVM, concurrent misses of one key share a single load, and its outcome (value or
 * exception). Across JVMs, the loader holds the Redis lock {@code {prefix}:lock:{cache}:{key}} with
 * a {@link #lease()}: a loader whose JVM dies frees the key when the lease ends, while a live loader
 * keeps renewing it, up to {@link #maxLease()}. After taking the lock the loader reads the cache
 * again, so a value stored meanwhile is not loaded twice. Waiters in other JVMs are woken by the
 * lock's release, published on the channel of the same name right after the value is stored. A load
 * that throws releases the lock at once and its caller gets the exception; waiters in other JVMs
 * then find no value and one of them loads. Only valid together with {@link Cached}.
 *
 * <p>Early refresh keeps a hot key from ever expiring into a stampede: {@link #refreshAhead()}
 * refreshes in the background during a window before expiry, {@link #earlyRefresh()} recomputes
 * early with a probability that rises towards expiry (XFetch). Both store the value in a small JSON
 * envelope, {@code {"exp":<epoch ms>,"delta":<load ms>,"v":<value>}}, which every Redweave reader
 * unwraps.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StampedeLock {

    /**
     * How long the loader's lock lives without renewal, and so how soon a crashed loader's key is
     * freed. A live loader renews it every third of a lease. Same syntax as {@link Cached#ttl()}
     * ({@code forever} excluded); empty means 30 s.
     */
    String lease() default "";

    /**
     * The longest a loader keeps the lock by renewing it: a hung load cannot block its key for ever.
     * Past this the lock expires even though its JVM lives, and another caller may load. Empty
     * means ten leases.
     */
    String maxLease() default "";

    /** How long a waiter waits for another caller's load. Empty means 10 s; {@code 0s} means do not wait. (Named {@code waitFor} since every Java object already has a final {@code wait()}.) */
    String waitFor() default "";

    /** What a waiter does when {@link #waitFor()} runs out. */
    OnTimeout onTimeout() default OnTimeout.LOAD;

    /**
     * What a miss does when Redis cannot be reached: {@link WhenRedisDown#PROCEED} (the default)
     * loads without the fleet-wide lock, still one load per key in each JVM, like {@link Cached}
     * without Redis; {@link WhenRedisDown#FAIL} throws and the method does not run.
     */
    WhenRedisDown whenRedisDown() default WhenRedisDown.PROCEED;

    /**
     * A window before expiry in which one caller refreshes the value in the background while the
     * others keep getting the current value (stale-while-revalidate). Shorter than the ttl. Empty
     * means none.
     */
    String refreshAhead() default "";

    /**
     * Probabilistic early recomputation (XFetch, Vattani et al., VLDB 2015): each hit recomputes the
     * value on its own thread with a probability that rises towards expiry and with the time the
     * last load took, so one caller reloads a hot key shortly before it expires and nobody ever
     * sees the miss. Needs a finite ttl.
     */
    boolean earlyRefresh() default false;

    /**
     * XFetch's β: above 1 recomputes earlier, below 1 later. Only read when {@link #earlyRefresh()}
     * is set; must be positive.
     */
    double beta() default 1.0;

    /** Whether the last good value is served when a load fails (stale-if-error). */
    boolean staleIfError() default false;

    /**
     * How long a value stays in Redis after it expires, to be served by {@link #staleIfError()} and
     * {@link OnTimeout#STALE}. Empty means as long as the ttl when either is used, and none
     * otherwise.
     */
    String keepStale() default "";
}
