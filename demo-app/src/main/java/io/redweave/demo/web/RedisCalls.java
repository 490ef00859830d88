package io.redweave.demo.web;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.redisson.api.RFuture;

/**
 * Bounds a Redis command the demo sends itself (sessions, health) so that a stopped Redis costs a
 * page at most {@link #TIMEOUT}, never a hung request thread.
 */
public final class RedisCalls {

    /** The longest a page waits for one of these commands. */
    public static final Duration TIMEOUT = Duration.ofSeconds(1);

    private RedisCalls() {}

    /**
     * Runs {@code command} and waits for its answer.
     *
     * @throws RedisDownException when Redis fails or does not answer within {@link #TIMEOUT}
     */
    public static <T> T call(String what, Supplier<RFuture<T>> command) {
        try {
            return command.get().toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisDownException(what + " was interrupted", e);
        } catch (ExecutionException e) {
            throw new RedisDownException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new RedisDownException(String.format("%s got no answer within %d ms", what, TIMEOUT.toMillis()), e);
        } catch (RuntimeException e) {
            throw new RedisDownException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** Redis could not serve a command the demo sent itself. */
    public static final class RedisDownException extends RuntimeException {
        public RedisDownException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
