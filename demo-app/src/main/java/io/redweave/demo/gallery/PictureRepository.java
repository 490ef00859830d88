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

    /**
     * Deletes picture {@code id}; returns it if this call deleted it. Of two concurrent deletes of one
     * id, exactly one returns the picture: the row count of the DELETE decides, not the earlier read.
     */
    public Optional<PictureView> delete(long id) {
        return database.transaction(s -> {
            Picture p = s.find(Picture.class, id);
            if (p == null) {
                return Optional.empty();
            }
            PictureView view = p.view();
            s.detach(p);
            int deleted = s.createMutationQuery("delete from Picture where id = :id")
                    .setParameter("id", id)
                    .executeUpdate();
            return deleted == 1 ? Optional.of(view) : Optional.empty();
        });
    }
}
