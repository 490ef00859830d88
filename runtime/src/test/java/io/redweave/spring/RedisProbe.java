package io.redweave.spring;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNode;
import org.redisson.api.redisnode.RedisNodes;
import org.redisson.client.codec.StringCodec;

/** What a test reads back from Redis: keys, their TTLs, and how often each command ran. */
final class RedisProbe {

    private static final Pattern CALLS = Pattern.compile("calls=(\\d+)");

    private final RedissonClient client;

    RedisProbe(RedissonClient client) {
        this.client = client;
    }

    boolean exists(String key) {
        return client.getKeys().countExists(key) == 1;
    }

    String get(String key) {
        return (String) client.getBucket(key, StringCodec.INSTANCE).get();
    }

    long counter(String key) {
        return Long.parseLong(get(key));
    }

    Double score(String board, String member) {
        return client.<String>getScoredSortedSet(board, StringCodec.INSTANCE).getScore(member);
    }

    Duration ttl(String key) {
        return Duration.ofMillis(client.getKeys().remainTimeToLive(key));
    }

    /** The server's GET, SET/PSETEX and DEL counts so far; subtract an earlier reading with {@link Counts#since}. */
    Counts counts() {
        Map<String, String> stats = node().info(RedisNode.InfoSection.COMMANDSTATS);
        return new Counts(calls(stats, "get"), calls(stats, "set") + calls(stats, "psetex"), calls(stats, "del"));
    }

    /** Command counts: reads, writes of a value (SET or PSETEX, as Redisson picks), deletions. */
    record Counts(long gets, long writes, long deletes) {
        Counts since(Counts before) {
            return new Counts(gets - before.gets, writes - before.writes, deletes - before.deletes);
        }
    }

    private static long calls(Map<String, String> stats, String command) {
        String line = stats.get("cmdstat_" + command);
        if (line == null) {
            return 0;
        }
        Matcher m = CALLS.matcher(line);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private RedisNode node() {
        return client.getRedisNodes(RedisNodes.SINGLE).getInstance();
    }
}
