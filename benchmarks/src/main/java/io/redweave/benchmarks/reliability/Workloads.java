package io.redweave.benchmarks.reliability;

import io.redweave.annotations.Counter;
import io.redweave.annotations.Locked;

/**
 * The annotated methods the reliability experiments call, woven like an application's: each call
 * returns once Redis has acknowledged its increment (or, for the buffered counter, once it is added
 * up in memory), and a {@code @Locked} call runs only while its caller holds the lock.
 */
public class Workloads {

    /** The counter whose durability is measured: {@code INCRBY :counter:durable 1} per call. */
    public static final String DURABLE = "durable";
    /** The same, buffered in memory and sent every 100 ms. */
    public static final String BUFFERED = "durable-buffered";
    /** The counters a failover is measured on, one per key. */
    public static final String FAILOVER = "failover";

    /** One acknowledged increment. */
    @Counter(name = DURABLE)
    public void count() {}

    /** One increment added up in memory; sent with the others of its 100 ms. */
    @Counter(name = BUFFERED, buffer = "100ms")
    public void countBuffered() {}

    /** One increment of the counter for {@code key}. */
    @Counter(name = FAILOVER, key = "{key}")
    public void countKey(String key) {}

    /** Runs {@code work} while holding the lock {@code :lock:fenced}, whose lease is 2 s. */
    @Locked(name = "fenced", lease = "2s", waitFor = "60s")
    public void fenced(Runnable work) {
        work.run();
    }
}
