package io.redweave.spring.proxied;

import io.redweave.annotations.CacheEvict;
import io.redweave.annotations.CachePut;
import io.redweave.annotations.Cached;
import io.redweave.annotations.Counter;
import io.redweave.annotations.Ranked;
import io.redweave.annotations.StampedeLock;
import java.util.concurrent.atomic.AtomicInteger;

/** Not woven (see weave-tests.xml); implements an interface, so Spring proxies it with a JDK proxy. */
public class InterfaceCatalog implements Catalog {

    private final AtomicInteger loads = new AtomicInteger();

    @Override
    @Cached(name = "interface", key = "{id}")
    public String find(String id) {
        loads.incrementAndGet();
        return "item-" + id;
    }

    @Override
    @CachePut(name = "interface", key = "{id}")
    public String rename(String id, String name) {
        return name;
    }

    @Override
    @CacheEvict(name = "interface", key = "{id}")
    public void remove(String id) {}

    @Override
    @Counter(name = "interface-views", key = "{id}")
    @Ranked(board = "interface-top", member = "{id}")
    @Cached(name = "interface", key = "view-{id}")
    public String view(String id) {
        loads.incrementAndGet();
        return "viewed-" + id;
    }

    @Override
    @Cached(name = "interface", key = "popular-{id}")
    @StampedeLock
    public String popular(String id) {
        loads.incrementAndGet();
        return "popular-" + id;
    }

    @Override
    public int loads() {
        return loads.get();
    }
}
