package io.redweave.internal.read;

import io.redweave.internal.store.Envelope;
import java.time.Clock;

/**
 * How an {@code @StampedeLock} cache with early refresh or stale serving stores its entries: in an
 * {@link Envelope} whose {@code exp} is now plus the ttl, under a Redis key that lives {@code
 * keepStaleMillis} longer so that a stale copy stays to be served.
 *
 * @param clock the wall clock for {@code exp}; a fake one in tests. Fleet members compare each
 *     other's {@code exp}, so their clocks should agree to well under the ttl (NTP does)
 */
record EnvelopeFormat(Clock clock, long keepStaleMillis) {

    /** The entry for {@code value}, expiring {@code ttlMillis} from now. */
    byte[] wrap(byte[] value, long ttlMillis, long deltaMillis) {
        return Envelope.wrap(value, clock.millis() + ttlMillis, deltaMillis);
    }

    /** The Redis TTL of an entry whose logical ttl is {@code ttlMillis}. */
    long redisTtl(long ttlMillis) {
        return ttlMillis < 0 ? ttlMillis : ttlMillis + keepStaleMillis;
    }
}
