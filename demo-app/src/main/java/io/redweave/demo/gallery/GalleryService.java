package io.redweave.demo.gallery;

import io.redweave.annotations.CacheEvict;
import io.redweave.annotations.Cached;
import io.redweave.demo.web.HttpProblem;
import io.redweave.demo.web.RedisCalls;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gallery: the picture list (cached in Redis, evicted on every write), the view counter and the
 * click board. The annotations are woven into this class at build time.
 */
public class GalleryService {

    private static final Logger LOG = LoggerFactory.getLogger(GalleryService.class);

    private final PictureRepository repository;
    private final Scores scores;
    private final Clock clock;

    public GalleryService(PictureRepository repository, Scores scores, Clock clock) {
        this.repository = repository;
        this.scores = scores;
        this.clock = clock;
    }

    /** Every picture, from the {@code pictures} cache. */
    @Cached(name = "pictures", key = "all", ttl = "1h")
    public List<PictureView> pictures() {
        return repository.all();
    }

    /** Opens the gallery: one more view on the counter. */
    public GalleryPage openGallery() {
        List<PictureView> pictures = pictures();
        quietly(scores::countView);
        return new GalleryPage(pictures, boxed(scores.views()), top(pictures));
    }

    /**
     * Opens picture {@code id}: one more click on its board entry.
     *
     * @throws HttpProblem 404 when there is no such picture
     */
    public PicturePage openPicture(long id) {
        PictureView picture = find(id).orElseThrow(() -> HttpProblem.notFound("There is no picture " + id + "."));
        quietly(() -> scores.rank(picture.url()));
        return new PicturePage(picture, boxed(scores.score(picture.url())));
    }

    /** Picture {@code id}, if it exists. */
    public Optional<PictureView> find(long id) {
        return pictures().stream().filter(p -> p.id() == id).findFirst();
    }

    /** Adds a picture whose image is served at {@code url}. */
    @CacheEvict(name = "pictures", key = "all")
    public PictureView add(String title, String url) {
        return repository.add(title, url, LocalDateTime.now(clock).withNano(0));
    }

    /** Deletes picture {@code id} and takes it off the board; returns it if it existed. */
    @CacheEvict(name = "pictures", key = "all")
    public Optional<PictureView> delete(long id) {
        Optional<PictureView> deleted = repository.delete(id);
        deleted.ifPresent(p -> quietly(() -> scores.remove(p.url())));
        return deleted;
    }

    private List<BoardEntry> top(List<PictureView> pictures) {
        Map<String, PictureView> byUrl =
                pictures.stream().collect(Collectors.toMap(PictureView::url, Function.identity(), (a, b) -> a));
        return scores.top(10).stream()
                .map(e -> byUrl.containsKey(e.getKey()) ? new BoardEntry(byUrl.get(e.getKey()), e.getValue()) : null)
                .filter(Objects::nonNull)
                .toList();
    }

    private static Long boxed(java.util.OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    // a count lost while Redis is down must not cost the visitor the page
    private static void quietly(Runnable redisWrite) {
        try {
            redisWrite.run();
        } catch (RedisCalls.RedisDownException e) {
            LOG.debug("count skipped: {}", e.getMessage());
        }
    }
}
