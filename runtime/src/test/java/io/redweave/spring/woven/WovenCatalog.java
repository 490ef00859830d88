package io.redweave.spring.woven;

import io.redweave.annotations.CacheEvict;
import io.redweave.annotations.CachePut;
import io.redweave.annotations.Cached;
import io.redweave.annotations.Counter;
import io.redweave.annotations.Ranked;
import io.redweave.annotations.StampedeLock;
import java.util.concurrent.atomic.AtomicInteger;

/** Woven by ajc at build time, like a user's class built with the aspectj-maven-plugin. */
public class WovenCatalog {

    private final AtomicInteger loads = new AtomicInteger();

    @Cached(name = "woven", key = "{id}")
    public String find(String id) {
        loads.incrementAndGet();
        return "item-" + id;
    }

    @CachePut(name = "woven", key = "{id}")
    public String rename(String id, String name) {
        return name;
    }

    @CacheEvict(name = "woven", key = "{id}")
    public void remove(String id) {}

    @Counter(name = "woven-views", key = "{id}")
    @Ranked(board = "woven-top", member = "{id}")
    @Cached(name = "woven", key = "view-{id}")
    public String view(String id) {
        loads.incrementAndGet();
        return "viewed-" + id;
    }

    @Cached(name = "woven", key = "popular-{id}")
    @StampedeLock
    public String popular(String id) {
        loads.incrementAndGet();
        return "popular-" + id;
    }

    public int loads() {
        return loads.get();
    }
}
