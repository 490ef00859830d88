package io.redweave.internal.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, 1_000, now::get);

    @Test
    void failure_belowThreshold_staysClosed() {
        breaker.failure();
        breaker.failure();
        assertThat(breaker.allow()).isTrue();
        assertThat(breaker.isOpen()).isFalse();
    }

    @Test
    void failure_successInBetween_resetsTheCount() {
        breaker.failure();
        breaker.failure();
        breaker.success();
        breaker.failure();
        assertThat(breaker.isOpen()).isFalse();
    }

    @Test
    void failure_atThreshold_opensAndSkipsCalls() {
        breaker.failure();
        breaker.failure();
        breaker.failure();
        assertThat(breaker.isOpen()).isTrue();
        assertThat(breaker.allow()).isFalse();
    }

    @Test
    void allow_afterOpenTime_letsExactlyOneProbeThrough() {
        openIt();
        now.addAndGet(1_000);
        assertThat(breaker.allow()).isTrue();
        assertThat(breaker.allow()).isFalse();
    }

    @Test
    void success_ofTheProbe_closesTheBreaker() {
        openIt();
        now.addAndGet(1_000);
        breaker.allow();
        breaker.success();
        assertThat(breaker.isOpen()).isFalse();
        assertThat(breaker.allow()).isTrue();
        assertThat(breaker.allow()).isTrue();
    }

    @Test
    void failure_ofTheProbe_opensForAnotherPeriod() {
        openIt();
        now.addAndGet(1_000);
        breaker.allow();
        breaker.failure();
        assertThat(breaker.allow()).isFalse();
        now.addAndGet(999);
        assertThat(breaker.allow()).isFalse();
        now.addAndGet(1);
        assertThat(breaker.allow()).isTrue();
    }

    private void openIt() {
        breaker.failure();
        breaker.failure();
        breaker.failure();
    }
}
