package io.redweave.demo.gallery;

import io.redweave.Leaderboard;
import io.redweave.annotations.CacheEvict;
import io.redweave.annotations.Cached;
import io.redweave.annotations.Counter;
import io.redweave.annotations.Ranked;
import io.redweave.demo.web.HttpProblem;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gallery: the picture list (cached in Redis, evicted on every write), the view counter and the
 * click board. The annotations are woven into this class at build time; the counts are read back
 * after the annotated call returned, so a page shows its own view.
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

    /**
     * Every picture, counting one view of the gallery ({@code INCRBY :counter:click 1}) and adding the
     * visitor to its distinct visitors ({@code PFADD :counter-unique:click visitor}): F5 raises the
     * first, never the second.
     */
    @Counter(name = Scores.VIEWS, unique = "{visitor}")
    public List<PictureView> openGallery(String visitor) {
        return pictures();
    }

    /**
     * Picture {@code id}, adding one click to its board entry ({@code ZINCRBY :board:images 1 url})
     * and the visitor to the picture's distinct visitors ({@code PFADD
     * :counter-unique:picture.views:id visitor}).
     *
     * @throws HttpProblem 404 when there is no such picture (nothing is counted)
     */
    @Ranked(board = Scores.BOARD, member = "{result.url}")
    @Counter(name = Scores.PICTURE_VIEWS, key = "{id}", unique = "{visitor}")
    public PictureView openPicture(long id, String visitor) {
        return find(id).orElseThrow(() -> HttpProblem.notFound("There is no picture " + id + "."));
    }

    /** What {@code /images/} shows to {@code visitor}: the pictures, counting this view, the counts and the top 10. */
    public GalleryPage galleryPage(String visitor) {
        List<PictureView> pictures = openGallery(visitor);
        return new GalleryPage(pictures, boxed(scores.views()), boxed(scores.visitors()), top(pictures));
    }

    /** What {@code /images/{id}/} shows to {@code visitor}, counting this click. */
    public PicturePage picturePage(long id, String visitor) {
        PictureView picture = openPicture(id, visitor);
        return new PicturePage(picture, boxed(scores.score(picture.url())), boxed(scores.visitors(id)));
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
        deleted.filter(p -> !scores.remove(p.url()))
                .ifPresent(p -> LOG.warn("Redis is unreachable: {} stays on the board, unlinked", p.url()));
        return deleted;
    }

    // a member whose picture is gone (deleted while Redis was down) is left out, not linked;
    // null while Redis is unreachable, which the page says instead of "no clicks yet"
    private List<BoardEntry> top(List<PictureView> pictures) {
        Map<String, PictureView> byUrl =
                pictures.stream().collect(Collectors.toMap(PictureView::url, Function.identity(), (a, b) -> a));
        return scores.top(10)
                .map(top -> top.stream()
                        .map(e -> entry(byUrl, e))
                        .filter(Objects::nonNull)
                        .toList())
                .orElse(null);
    }

    private static BoardEntry entry(Map<String, PictureView> byUrl, Leaderboard.Entry e) {
        PictureView picture = byUrl.get(e.member());
        return picture == null ? null : new BoardEntry(picture, (long) e.score());
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
