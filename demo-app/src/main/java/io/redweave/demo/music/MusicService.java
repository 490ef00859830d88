package io.redweave.demo.music;

import io.redweave.annotations.CacheEvict;
import io.redweave.annotations.Cached;
import io.redweave.annotations.StampedeLock;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The music list, read two ways as in the tutorial: {@link #listJson()} from the database every
 * time, {@link #cachedListJson()} from the {@code musics} cache. What is cached is the list as the
 * API sends it (one JSON array), so a hit costs a Redis GET and no decoding of 10,000 rows. Unlike
 * the tutorial, every write evicts the cached list, so the next cached read sees it; the TTL only
 * bounds the rare race where a load that started before a write stores the old list after the
 * eviction.
 */
public class MusicService {

    private final MusicRepository repository;
    private final MusicJson json;
    private final Clock clock;

    public MusicService(MusicRepository repository, MusicJson json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    /** Every music as a JSON array, read from the database. */
    public String listJson() {
        return json.list(repository.all());
    }

    /**
     * Every music as a JSON array, from the {@code musics} cache. On a miss exactly one caller in the
     * fleet loads it from the database; the others wait for its value instead of loading too.
     */
    @Cached(name = "musics", key = "list", ttl = "1h")
    @StampedeLock(lease = "30s", waitFor = "10s")
    public String cachedListJson() {
        return json.list(repository.all());
    }

    /** Music {@code id}. */
    public Optional<MusicView> find(long id) {
        return repository.find(id);
    }

    /** One page of musics, for the admin list. */
    public List<MusicView> page(int offset, int limit) {
        return repository.page(offset, limit);
    }

    /** How many musics there are. */
    public long count() {
        return repository.count();
    }

    /** Adds a music. */
    @CacheEvict(name = "musics", key = "list")
    public MusicView create(MusicInput input) {
        return repository.add(
                input.song(), input.singer(), LocalDateTime.now(clock).withNano(0));
    }

    /** Changes music {@code id}: the fields of {@code input} that are not null. */
    @CacheEvict(name = "musics", key = "list")
    public Optional<MusicView> update(long id, MusicInput input) {
        return repository.update(id, input.song(), input.singer());
    }

    /** Deletes music {@code id}; false if there was none. */
    @CacheEvict(name = "musics", key = "list")
    public boolean delete(long id) {
        return repository.delete(id);
    }
}
