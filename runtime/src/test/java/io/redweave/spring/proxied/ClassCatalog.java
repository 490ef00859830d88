package io.redweave.spring.proxied;

import io.redweave.annotations.CacheEvict;
import io.redweave.annotations.CachePut;
import io.redweave.annotations.Cached;
import io.redweave.annotations.Counter;
import io.redweave.annotations.Ranked;
import io.redweave.annotations.StampedeLock;
import java.util.concurrent.atomic.AtomicInteger;

/** Not woven (see weave-tests.xml); no interface, so Spring proxies it by subclassing (CGLIB). */
public class ClassCatalog {

    private final AtomicInteger loads = new AtomicInteger();

    @Cached(name = "class", key = "{id}")
    public String find(String id) {
        loads.incrementAndGet();
        return "item-" + id;
    }

    @CachePut(name = "class", key = "{id}")
    public String rename(String id, String name) {
        return name;
    }

    @CacheEvict(name = "class", key = "{id}")
    public void remove(String id) {}

    @Counter(name = "class-views", key = "{id}")
    @Ranked(board = "class-top", member = "{id}")
    @Cached(name = "class", key = "view-{id}")
    public String view(String id) {
        loads.incrementAndGet();
        return "viewed-" + id;
    }

    @Cached(name = "class", key = "popular-{id}")
    @StampedeLock
    public String popular(String id) {
        loads.incrementAndGet();
        return "popular-" + id;
    }

    public int loads() {
        return loads.get();
    }
}
