package io.redweave.spring.woven;

import io.redweave.annotations.CacheEvict;
import io.redweave.annotations.CachePut;
import io.redweave.annotations.Cached;
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

    public int loads() {
        return loads.get();
    }
}
