package io.redweave.demo.gallery;

import io.redweave.demo.db.Database;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The pictures table. */
public final class PictureRepository {

    private final Database database;

    public PictureRepository(Database database) {
        this.database = database;
    }

    /** Every picture, oldest first. */
    public List<PictureView> all() {
        return database.read(s -> s.createSelectionQuery("from Picture order by id", Picture.class)
                .getResultStream()
                .map(Picture::view)
                .toList());
    }

    /** Stores a new picture. */
    public PictureView add(String title, String url, LocalDateTime created) {
        return database.transaction(s -> {
            Picture p = new Picture(title, url, created);
            s.persist(p);
            s.flush();
            return p.view();
        });
    }

    /** Deletes picture {@code id}; returns it if it existed. */
    public Optional<PictureView> delete(long id) {
        return database.transaction(s -> {
            Picture p = s.find(Picture.class, id);
            if (p == null) {
                return Optional.empty();
            }
            s.remove(p);
            return Optional.of(p.view());
        });
    }
}
