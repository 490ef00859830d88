package io.redweave.demo.music;

import io.redweave.demo.db.Database;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The music table. */
public final class MusicRepository {

    private final Database database;

    public MusicRepository(Database database) {
        this.database = database;
    }

    /** Every music, by id: what the uncached API reads on every request. */
    public List<MusicView> all() {
        return database.read(s -> s.createSelectionQuery("from Music order by id", Music.class)
                .getResultStream()
                .map(Music::view)
                .toList());
    }

    /** One page of musics, by id, for the admin list. */
    public List<MusicView> page(int offset, int limit) {
        return database.read(s -> s.createSelectionQuery("from Music order by id", Music.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(Music::view)
                .toList());
    }

    /** How many musics there are. */
    public long count() {
        return database.read(s ->
                s.createSelectionQuery("select count(*) from Music", Long.class).getSingleResult());
    }

    /** Music {@code id}. */
    public Optional<MusicView> find(long id) {
        return database.read(s -> Optional.ofNullable(s.find(Music.class, id)).map(Music::view));
    }

    /** Stores a new music. */
    public MusicView add(String song, String singer, LocalDateTime created) {
        return database.transaction(s -> {
            Music m = new Music(song, singer, created);
            s.persist(m);
            s.flush();
            return m.view();
        });
    }

    /**
     * Changes the fields of music {@code id} that are not null; empty if there is no such music,
     * including when another request deleted it between this one's read and its write.
     */
    public Optional<MusicView> update(long id, String song, String singer) {
        try {
            return database.transaction(s -> {
                Music m = s.find(Music.class, id);
                if (m == null) {
                    return Optional.empty();
                }
                if (song != null) {
                    m.song(song);
                }
                if (singer != null) {
                    m.singer(singer);
                }
                s.flush();
                return Optional.of(m.view());
            });
        } catch (OptimisticLockException e) {
            // the UPDATE found no row: a concurrent DELETE won, and the music is gone
            return Optional.empty();
        }
    }

    /**
     * Deletes music {@code id}; false if there was none. One statement whose row count says whether
     * this call deleted it, so of two concurrent deletes of one id exactly one is true (loading the
     * entity first and removing it would fail the second with an optimistic lock error instead).
     */
    public boolean delete(long id) {
        return database.transaction(s -> s.createMutationQuery("delete from Music where id = :id")
                        .setParameter("id", id)
                        .executeUpdate()
                == 1);
    }
}
