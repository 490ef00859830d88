package io.redweave.internal.metrics;

import io.redweave.CacheStats;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The per-cache counters of one runtime. */
public final class MetricsRegistry {

    private final ConcurrentHashMap<String, CacheMetrics> caches = new ConcurrentHashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** The counters of {@code name}, created on first use. */
    public CacheMetrics cache(String name) {
        CacheMetrics m = caches.get(name);
        if (m != null) {
            return m;
        }
        boolean[] created = {false};
        m = caches.computeIfAbsent(name, n -> {
            created[0] = true;
            return new CacheMetrics(n);
        });
        if (created[0]) {
            listeners.forEach(l -> l.accept(name));
        }
        return m;
    }

    /** Calls {@code listener} for every cache now known and for each one first used later. */
    public void onNewCache(Consumer<String> listener) {
        listeners.add(listener);
        caches.keySet().forEach(listener);
    }

    /** Snapshots of every cache seen so far, by name. */
    public Map<String, CacheStats> snapshot() {
        Map<String, CacheStats> out = new TreeMap<>();
        caches.forEach((name, m) -> out.put(name, m.snapshot()));
        return out;
    }
}
