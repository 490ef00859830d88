package io.redweave.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A wall clock that moves only when a test moves it. Thread-safe. */
public final class FakeClock extends Clock {

    private final AtomicLong millis;

    /** A clock at {@code start}. */
    public FakeClock(Instant start) {
        this.millis = new AtomicLong(start.toEpochMilli());
    }

    /** A clock at the real current time. */
    public FakeClock() {
        this(Instant.now());
    }

    /** Moves the clock forward by {@code d}. */
    public void advance(Duration d) {
        millis.addAndGet(d.toMillis());
    }

    /** Sets the clock to {@code epochMillis}. */
    public void set(long epochMillis) {
        millis.set(epochMillis);
    }

    @Override
    public long millis() {
        return millis.get();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
