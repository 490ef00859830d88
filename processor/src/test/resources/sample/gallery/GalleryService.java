package sample.gallery;

import io.redweave.annotations.Cached;
import io.redweave.annotations.Counter;
import io.redweave.annotations.Ranked;
import java.time.LocalDate;
import java.util.List;

public class GalleryService {

    @Counter(name = "gallery.views")
    @Cached(name = "pictures", ttl = "5m")
    public List<Picture> gallery() {
        return List.of();
    }

    @Ranked(board = "images", member = "{result.url}")
    @Counter(name = "visitors", key = "{day}", unique = "{visitorId}", ttl = "2d")
    public Picture show(long id, LocalDate day, String visitorId) {
        return new Picture(id, "/media/" + id + ".jpg");
    }
}
