package io.redweave.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition with a deadline. The harness never sleeps a fixed time hoping a server is
 * ready; it asks again every few milliseconds until the answer is yes or the deadline passes.
 */
final class Polling {

    private static final long INTERVAL_MILLIS = 20;

    private Polling() {}

    /**
     * Returns true as soon as {@code done} does, false when {@code timeout} passes first or the
     * thread is interrupted (the interrupt flag is kept).
     */
    static boolean within(Duration timeout, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (done.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                // The pause between two probes of a starting process: the loop is bounded by the
                // deadline above, and there is no event to wait for instead (test-redis cannot
                // depend on Awaitility, which only tests use).
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
