package sample.music;

import io.redweave.annotations.CacheEvict;
import io.redweave.annotations.CachePut;
import io.redweave.annotations.Cached;
import io.redweave.annotations.Locked;
import io.redweave.annotations.OnTimeout;
import io.redweave.annotations.StampedeLock;
import io.redweave.annotations.WhenRedisDown;
import java.util.List;

public class MusicService {

    @Cached(name = "musics", key = "{id}", ttl = "10m", jitter = "30s", cacheNull = true, nullTtl = "30s")
    @StampedeLock(lease = "30s", maxLease = "2m", waitFor = "5s", onTimeout = OnTimeout.LOAD, refreshAhead = "1m")
    public Music find(long id) {
        return new Music(id, "title", "artist");
    }

    @Cached(name = "music-lists", key = "all", ttl = "forever")
    @StampedeLock(waitFor = "5s", onTimeout = OnTimeout.STALE, whenRedisDown = WhenRedisDown.FAIL, staleIfError = true)
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

    @Locked(name = "music-import", lease = "1m", maxLease = "30m", waitFor = "0s")
    public void importAll(List<Music> musics) {}

    @Cached(name = "music-charts", key = "{week}", ttl = "1h")
    @StampedeLock(earlyRefresh = true, beta = 2.0, staleIfError = true, keepStale = "10m")
    public List<Music> chart(int week) {
        return List.of();
    }
}
