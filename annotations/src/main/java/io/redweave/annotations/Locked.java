package io.redweave.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Mutual exclusion across every JVM that shares the Redis: the method runs only while its caller
 * holds the named lock. The lock is reentrant in the same thread.
 *
 * <pre>{@code
 * @Locked(name = "payout", key = "{accountId}", lease = "30s", waitFor = "2s")
 * public void payout(long accountId) { ... }
 * }</pre>
 *
 * <p>The lock is the Redis key {@code {prefix}:lock:{name}[:{rendered key}]}. A caller that cannot
 * take it within {@link #waitFor()} gets an exception naming the lock. A holder whose JVM dies frees
 * the lock when its {@link #lease()} ends; a live holder renews it, up to {@link #maxLease()}. Only
 * the holder can release it. Release is published on the channel named like the lock, so waiters
 * wake at once rather than polling.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Locked {

    /** The lock's name. Letters, digits, {@code .}, {@code _} and {@code -} only. */
    String name();

    /** A key template giving one lock per rendered value; empty means one lock for all calls. */
    String key() default "";

    /** How long the lock lives without renewal; empty means 30 s. A live holder renews it. */
    String lease() default "";

    /**
     * The longest a holder keeps the lock by renewing it: past this the lock expires even though the
     * method still runs, so a hung holder cannot block the fleet for ever. Empty means ten leases.
     */
    String maxLease() default "";

    /** How long a caller waits for the lock; empty means 10 s (named {@code waitFor} since every Java object already has a final {@code wait()}), {@code 0s} means try once. */
    String waitFor() default "";

    /** What happens when Redis cannot be reached: fail the call (the default) or run unlocked. */
    WhenRedisDown whenRedisDown() default WhenRedisDown.FAIL;
}
