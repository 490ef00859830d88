package io.redweave;

import io.redweave.annotations.Cached;
import io.redweave.annotations.CountOn;
import io.redweave.annotations.Counter;
import io.redweave.annotations.Ranked;
import java.util.concurrent.atomic.AtomicInteger;

/** A woven service whose methods count and rank, as an application's would. */
public class Pages {

    /** A picture, ranked by its URL. */
    public record Picture(long id, String url) {}

    /** A value with no text of its own. */
    public static final class Opaque {}

    final AtomicInteger loads = new AtomicInteger();

    @Counter(name = "views")
    public String view() {
        return "page";
    }

    @Counter(name = "daily", key = "{day}", ttl = "1d")
    public void viewOn(String day) {}

    @Counter(name = "visitors", key = "{day}", unique = "{visitor}")
    public void visit(String day, String visitor) {}

    @Counter(name = "visitors-buffered", unique = "{visitor}", buffer = "1h")
    public void visitBuffered(String visitor) {}

    @Counter(name = "failures", on = CountOn.FAILURE)
    public void fail(boolean fail) {
        if (fail) {
            throw new IllegalStateException("failed on purpose");
        }
    }

    @Counter(name = "by-five", by = 5, key = "{page}")
    public void weighted(String page) {}

    @Counter(name = "buffered", buffer = "1h")
    public void viewBuffered() {}

    @Counter(name = "buffered-often", buffer = "50ms")
    public void viewBufferedOften() {}

    @Counter(name = "picture-views")
    @Cached(name = "pictures", key = "{id}", ttl = "1m")
    public Picture cachedShow(long id) {
        loads.incrementAndGet();
        return new Picture(id, "/images/" + id + "/");
    }

    @Ranked(board = "vote", member = "{choice}")
    public void vote(String choice) {}

    @Ranked(board = "images", member = "{result.url}")
    public Picture show(long id) {
        return new Picture(id, id == 0 ? null : "/images/" + id + "/");
    }

    @Ranked(board = "opaque", member = "{value}")
    public void rankOpaque(Opaque value) {}

    @Counter(name = "views-and-votes")
    @Ranked(board = "choices", member = "{choice}", by = 2)
    public void both(String choice) {}

    @Counter(name = "result-on-failure", key = "{result}", on = CountOn.ALWAYS)
    public String resultOnFailure() {
        return "r";
    }

    @Counter(name = "broken", key = "{nope}")
    public void badTemplate(String page) {}
}
