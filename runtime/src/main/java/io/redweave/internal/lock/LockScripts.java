package io.redweave.internal.lock;

/**
 * The lock's Lua scripts. A lock is one string key holding its holder's random token, with a PX
 * expiry that is the lease. Each script touches that one key (so it runs on one Redis Cluster node)
 * and is atomic, which is why a check and the change it guards are never separated.
 */
final class LockScripts {

    private LockScripts() {}

    /**
     * Takes the lock or reports how long it stays taken. Returns -1 when this caller's token was
     * stored; otherwise the holder's remaining lease in ms, or -2 for a lock that has no expiry
     * (only a lock set by hand can have none; the caller then waits its whole wait). SET NX PX creates the key and
     * its expiry in one step, so a holder can never leave a lock that never expires, and PTTL in the
     * same script reads the lease of the very holder that made SET fail.
     */
    static final String ACQUIRE =
            """
            if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
              return -1
            end
            local left = redis.call('pttl', KEYS[1])
            if left == -1 then return -2 end
            return left
            """;

    /**
     * Extends the lease only while the caller's token is still the one stored: a holder whose lease
     * ran out (and whose lock another caller may now hold) must not extend someone else's lock.
     * Returns 1 when renewed, 0 when the lock is no longer this holder's.
     */
    static final String RENEW =
            """
            if redis.call('get', KEYS[1]) == ARGV[1] then
              return redis.call('pexpire', KEYS[1], ARGV[2])
            end
            return 0
            """;

    /**
     * Releases the lock only for its holder, and tells the waiters at once. Comparing the token and
     * deleting in one script is what makes "only the holder releases" true: between a separate GET
     * and DEL the lease could end and another caller take the lock. The release is published on the
     * channel named like the lock key, after everything the holder stored, so a waiter that wakes
     * and reads the cache sees the new value. Returns 1 when released, 0 when the lock was gone.
     */
    static final String RELEASE =
            """
            if redis.call('get', KEYS[1]) == ARGV[1] then
              redis.call('del', KEYS[1])
              redis.call('publish', KEYS[1], 'released')
              return 1
            end
            return 0
            """;
}
