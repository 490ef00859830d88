package io.redweave.audit;

import io.redweave.annotations.Cached;
import io.redweave.annotations.Counter;
import io.redweave.annotations.Locked;
import io.redweave.annotations.Ranked;
import java.util.function.Supplier;

/** A woven service whose keys the audit tests count; {@link ShopReport} is its cache-key report. */
public class AuditedShop {

    @Cached(name = "audit-items", key = "{id}", ttl = "20m", jitter = "30s")
    public String item(long id) {
        return "item-" + id;
    }

    @Counter(name = "audit-visits", key = "{day}", unique = "{visitor}", ttl = "2d")
    @Ranked(board = "audit-top", member = "{id}")
    public void visit(long id, String day, String visitor) {}

    /** Runs {@code inside} while holding the lock, so that its key exists meanwhile. */
    @Locked(name = "audit-import", lease = "1m")
    public <T> T importing(Supplier<T> inside) {
        return inside.get();
    }
}
