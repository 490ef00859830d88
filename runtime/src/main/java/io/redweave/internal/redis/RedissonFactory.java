package io.redweave.internal.redis;

import io.redweave.RedweaveConfig;
import io.redweave.internal.config.RedisAddress;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.BaseConfig;
import org.redisson.config.Config;
import org.redisson.config.ReadMode;

/**
 * Builds the Redisson client from a {@link RedweaveConfig}. The client connects lazily, so the
 * application starts while Redis is down and the failure policy takes over; retries are few and short
 * because every call is bounded by Redweave's own timeout. Reads go to masters, never replicas
 * (Redisson's default for a Cluster and Sentinel): a replica may not have applied the eviction that
 * preceded the read yet, and would serve the value it removed.
 */
public final class RedissonFactory {

    private RedissonFactory() {}

    /** A client for the configured topology. */
    public static RedissonClient create(RedweaveConfig c) {
        Config config = new Config();
        config.setLazyInitialization(true);
        switch (c.topology()) {
            case SINGLE -> {
                RedisAddress a = RedisAddress.parse(c.redisUrls().get(0));
                var single = config.useSingleServer().setAddress(a.address()).setDatabase(c.database());
                common(single, c, a);
            }
            case CLUSTER -> {
                var cluster = config.useClusterServers().setReadMode(ReadMode.MASTER);
                c.redisUrls()
                        .forEach(u ->
                                cluster.addNodeAddress(RedisAddress.parse(u).address()));
                common(cluster, c, RedisAddress.parse(c.redisUrls().get(0)));
            }
            case SENTINEL -> {
                var sentinel = config.useSentinelServers()
                        .setMasterName(c.sentinelMaster())
                        .setReadMode(ReadMode.MASTER)
                        .setDatabase(c.database())
                        .setCheckSentinelsList(false);
                c.redisUrls()
                        .forEach(u -> sentinel.addSentinelAddress(
                                RedisAddress.parse(u).address()));
                common(sentinel, c, RedisAddress.parse(c.redisUrls().get(0)));
            }
        }
        return Redisson.create(config);
    }

    @SuppressWarnings("deprecation")
    private static void common(BaseConfig<?> b, RedweaveConfig c, RedisAddress first) {
        b.setTimeout((int) c.timeout().toMillis())
                .setConnectTimeout((int) c.connectTimeout().toMillis())
                .setRetryAttempts(1)
                .setRetryInterval(50);
        if (c.password() != null) {
            b.setPassword(c.password());
        }
        if (first.username() != null) {
            b.setUsername(first.username());
        }
    }
}
