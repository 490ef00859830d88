package io.redweave.internal.count;

import io.redweave.Leaderboard;
import io.redweave.internal.redis.RedisGateway;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.redisson.api.RScoredSortedSet;
import org.redisson.client.codec.StringCodec;
import org.redisson.client.protocol.ScoredEntry;

/** The {@link Leaderboard} handle over one sorted set; members are plain strings ({@code StringCodec}). */
final class RedisLeaderboard implements Leaderboard {

    private final String name;
    private final String key;
    private final RedisGateway redis;

    RedisLeaderboard(String name, String key, RedisGateway redis) {
        this.name = name;
        this.key = key;
        this.redis = redis;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String redisKey() {
        return key;
    }

    @Override
    public double add(String member, double by) {
        Objects.requireNonNull(member, "member");
        return redis.call("ZINCRBY " + key, () -> set().addScoreAsync(member, by));
    }

    @Override
    public List<Entry> top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException(String.format("top(%d): n is negative; ask for 0 or more members", n));
        }
        if (n == 0) {
            return List.of();
        }
        Collection<ScoredEntry<String>> found =
                redis.call("ZREVRANGE " + key, () -> set().entryRangeReversedAsync(0, n - 1));
        List<Entry> top = new ArrayList<>(found.size());
        found.forEach(e -> top.add(new Entry(e.getValue(), e.getScore())));
        return List.copyOf(top);
    }

    @Override
    public OptionalLong rank(String member) {
        Objects.requireNonNull(member, "member");
        Integer rank = redis.call("ZREVRANK " + key, () -> set().revRankAsync(member));
        return rank == null ? OptionalLong.empty() : OptionalLong.of(rank);
    }

    @Override
    public OptionalDouble score(String member) {
        Objects.requireNonNull(member, "member");
        Double score = redis.call("ZSCORE " + key, () -> set().getScoreAsync(member));
        return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    @Override
    public boolean remove(String member) {
        Objects.requireNonNull(member, "member");
        return redis.call("ZREM " + key, () -> set().removeAsync(member));
    }

    @Override
    public long size() {
        return redis.call("ZCARD " + key, () -> set().sizeAsync());
    }

    @Override
    public boolean clear() {
        return redis.call("DEL " + key, () -> set().deleteAsync());
    }

    private RScoredSortedSet<String> set() {
        return redis.client().getScoredSortedSet(key, StringCodec.INSTANCE);
    }

    @Override
    public String toString() {
        return "Leaderboard[" + name + "]";
    }
}
