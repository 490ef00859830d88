package io.redweave.internal.redis;

import io.redweave.RedisUnavailableException;
import io.redweave.RedweaveException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.redisson.api.RFuture;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisConnectionException;
import org.redisson.client.RedisException;
import org.redisson.client.RedisTimeoutException;
import org.redisson.client.WriteRedisConnectionException;

/**
 * Every Redis command goes through {@link #call}: it is skipped at once while the circuit breaker is
 * open, bounded by the configured timeout otherwise, and its outcome feeds the breaker. A Redis that
 * cannot be reached becomes a {@link RedisUnavailableException}; an error that Redis itself returned
 * (a wrong type, say) becomes a {@link RedweaveException} and does not count against the breaker.
 */
public final class RedisGateway {

    private final RedissonClient client;
    private final long timeoutNanos;
    private final CircuitBreaker breaker;
    private final DegradedLog degraded;

    /** A gateway over {@code client}. */
    public RedisGateway(RedissonClient client, long timeoutNanos, CircuitBreaker breaker, DegradedLog degraded) {
        this.client = client;
        this.timeoutNanos = timeoutNanos;
        this.breaker = breaker;
        this.degraded = degraded;
    }

    /** The client, for commands built by callers. */
    public RedissonClient client() {
        return client;
    }

    /** The breaker. */
    public CircuitBreaker breaker() {
        return breaker;
    }

    /** The degraded-call log and count. */
    public DegradedLog degraded() {
        return degraded;
    }

    /**
     * Runs one command.
     *
     * @param what the command and key, for messages (never a value or a password)
     * @throws RedisUnavailableException when the breaker is open or Redis does not answer in time
     * @throws RedweaveException when Redis answers with an error
     */
    public <T> T call(String what, Supplier<RFuture<T>> command) {
        return call(what, null, command);
    }

    /**
     * Runs one command on one key. The message naming them is only built when the command fails, so
     * the hot path allocates no text.
     *
     * @param op the command, such as {@code GET}
     * @param key the key, or {@code null}
     */
    public <T> T call(String op, String key, Supplier<RFuture<T>> command) {
        if (!breaker.allow()) {
            throw new RedisUnavailableException(what(op, key) + " skipped: the circuit breaker is open", null);
        }
        CompletableFuture<T> future;
        try {
            future = command.get().toCompletableFuture();
        } catch (RedisException e) {
            throw failed(what(op, key), e);
        }
        try {
            T value = future.get(timeoutNanos, TimeUnit.NANOSECONDS);
            breaker.success();
            return value;
        } catch (TimeoutException e) {
            future.cancel(false);
            breaker.failure();
            throw new RedisUnavailableException(
                    String.format(
                            "%s got no answer within %d ms",
                            what(op, key), TimeUnit.NANOSECONDS.toMillis(timeoutNanos)),
                    e);
        } catch (ExecutionException e) {
            throw failed(what(op, key), e.getCause());
        } catch (CancellationException e) {
            breaker.failure();
            throw new RedisUnavailableException(what(op, key) + " was cancelled", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisUnavailableException(what(op, key) + " was interrupted", e);
        }
    }

    private static String what(String op, String key) {
        return key == null ? op : op + " " + key;
    }

    private RuntimeException failed(String what, Throwable cause) {
        if (isUnavailable(cause)) {
            breaker.failure();
            return new RedisUnavailableException(what + " failed: " + cause.getMessage(), cause);
        }
        breaker.success();
        if (cause instanceof RedweaveException r) {
            return r;
        }
        return new RedweaveException(what + " failed: " + cause.getMessage(), cause);
    }

    private static boolean isUnavailable(Throwable t) {
        if (t instanceof RedisConnectionException
                || t instanceof RedisTimeoutException
                || t instanceof WriteRedisConnectionException
                || t instanceof java.io.IOException
                || t instanceof java.nio.channels.ClosedChannelException) {
            return true;
        }
        String m = t.getMessage() == null ? "" : t.getMessage();
        return t instanceof RedisException
                && (m.contains("LOADING")
                        || m.contains("CLUSTERDOWN")
                        || m.contains("MASTERDOWN")
                        || m.contains("TRYAGAIN")
                        || m.contains("Redisson is shutdown")
                        || m.contains("Unable to")
                        || m.contains("connection"));
    }
}
