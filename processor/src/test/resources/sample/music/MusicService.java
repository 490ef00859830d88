package sample.music;

import io.redweave.annotations.CacheEvict;
import io.redweave.annotations.CachePut;
import io.redweave.annotations.Cached;
import io.redweave.annotations.Locked;
import io.redweave.annotations.OnTimeout;
import io.redweave.annotations.StampedeLock;
import java.util.List;

public class MusicService {

    @Cached(name = "musics", key = "{id}", ttl = "10m", jitter = "30s", cacheNull = true, nullTtl = "30s")
    @StampedeLock(lease = "30s", waitFor = "5s", onTimeout = OnTimeout.LOAD)
    public Music find(long id) {
        return new Music(id, "title", "artist");
    }

    @Cached(name = "music-lists", key = "all", ttl = "forever")
    @StampedeLock(waitFor = "5s", onTimeout = OnTimeout.STALE, refreshAhead = "1m", staleIfError = true)
    public List<Music> all() {
        return List.of();
    }

    @CachePut(name = "musics", key = "{result.id}", ttl = "10m")
    @CacheEvict(name = "music-lists", allEntries = true)
    public Music update(long id, String title) {
        return new Music(id, title, "artist");
    }

    @CacheEvict(name = "musics", key = "{id}")
    @CacheEvict(name = "music-lists", allEntries = true, beforeInvocation = true)
    public void delete(long id) {}

    @Locked(name = "music-import", lease = "1m", waitFor = "0s")
    public void importAll(List<Music> musics) {}
}
