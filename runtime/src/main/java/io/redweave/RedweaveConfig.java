package io.redweave;

import io.redweave.internal.config.ConfigSource;
import io.redweave.internal.config.RedisAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Everything {@link Redweave#start(RedweaveConfig)} needs: where Redis is, how keys are named, the
 * default TTL, the codec, the timeouts and the failure policy. Immutable and thread-safe.
 *
 * <p>Build it from code with {@link #builder()}, from {@code redweave.*} properties with {@link
 * #fromProperties(Properties)}, from {@code REDWEAVE_*} environment variables with {@link
 * #fromEnvironment(Map)}, or all three layered with {@link #load()}. Each property has an
 * environment twin: {@code redweave.redis.url} is {@code REDWEAVE_REDIS_URL}, {@code
 * redweave.key-prefix} is {@code REDWEAVE_KEY_PREFIX}. A password is never shown by {@link
 * #toString()}, in a log line or in an exception message.
 */
public final class RedweaveConfig {

    private final ConfigFields f;

    private RedweaveConfig(ConfigFields fields) {
        this.f = fields;
    }

    /** How the Redis servers are arranged. */
    public enum Topology {
        /** One server (the default). */
        SINGLE,
        /** A Redis Cluster; the URLs are seed nodes. */
        CLUSTER,
        /** Servers found through Sentinels; the URLs are the Sentinels. */
        SENTINEL
    }

    /** What start-up does about an annotated class that was not woven. */
    public enum WeavingCheck {
        /** Log an error for each such class and go on (the default). */
        WARN,
        /** Fail {@link Redweave#start} naming the classes. */
        FAIL,
        /** Do not check (for example when Spring AOP proxies advise the classes). */
        OFF
    }

    /**
     * What {@code @Counter} and {@code @Ranked} do with an increment that Redis cannot take (it is down,
     * too slow, or the circuit breaker is open). Either way the annotated method returns normally and
     * the increment is counted as degraded.
     */
    public enum CounterWhenDown {
        /**
         * Keep the increment in memory and send it when Redis answers again (the default). Increments
         * to the same key add up in one entry; at most {@link #counterBufferLimit()} entries are kept,
         * and an increment that would need a new entry beyond that is dropped.
         */
        BUFFER,
        /** Drop the increment. */
        DROP
    }

    /** A builder with the defaults: {@code redis://127.0.0.1:6379}, empty prefix, version 1, 300 s. */
    public static Builder builder() {
        return new Builder();
    }

    /** Defaults, then {@code redweave.properties} from the class path, then {@code REDWEAVE_*} variables. */
    public static RedweaveConfig load() {
        Builder b = builder();
        ConfigReader.apply(ConfigSource.classpathProperties("redweave.properties"), b);
        ConfigReader.apply(ConfigSource.environment(System.getenv()), b);
        return b.build();
    }

    /** Defaults overridden by {@code redweave.*} properties. */
    public static RedweaveConfig fromProperties(Properties properties) {
        return builder().properties(properties, "properties").build();
    }

    /** Defaults overridden by {@code REDWEAVE_*} variables from the given environment. */
    public static RedweaveConfig fromEnvironment(Map<String, String> environment) {
        Builder b = builder();
        ConfigReader.apply(ConfigSource.environment(environment), b);
        return b.build();
    }

    /** The Redis URLs: one for a single server, seed nodes for a cluster, Sentinels for Sentinel. */
    public List<String> redisUrls() {
        return f.redisUrls;
    }

    /** How the servers are arranged. */
    public Topology topology() {
        return f.topology;
    }

    /** The Sentinel master name, or {@code null} unless the topology is {@link Topology#SENTINEL}. */
    public String sentinelMaster() {
        return f.sentinelMaster;
    }

    /** The password: from {@code redisPassword}, else from the first URL's user info; may be null. */
    public String password() {
        return f.password != null
                ? f.password
                : RedisAddress.parse(f.redisUrls.get(0)).password();
    }

    /** The database number: from {@code database}, else from the URL's path, else 0. */
    public int database() {
        return f.database != null
                ? f.database
                : RedisAddress.parse(f.redisUrls.get(0)).database();
    }

    /** The key prefix (Django's {@code KEY_PREFIX}); empty by default. */
    public String keyPrefix() {
        return f.keyPrefix;
    }

    /** The default version (Django's {@code VERSION}); 1 by default. */
    public long version() {
        return f.version;
    }

    /** The TTL used where none is given; 300 s by default, as Django. */
    public Ttl defaultTtl() {
        return f.defaultTtl;
    }

    /** The key function; {@link KeyFunction#DEFAULT} by default. */
    public KeyFunction keyFunction() {
        return f.keyFunction;
    }

    /** The value codec; JSON by default. */
    public ValueCodec codec() {
        return f.codec;
    }

    /** How long one Redis command may take before the call degrades; 1 s by default. */
    public Duration timeout() {
        return f.timeout;
    }

    /** How long connecting may take; 1 s by default. */
    public Duration connectTimeout() {
        return f.connectTimeout;
    }

    /** Consecutive Redis failures that open the circuit breaker; 3 by default. */
    public int breakerFailures() {
        return f.breakerFailures;
    }

    /** How long an open breaker skips Redis before one call probes it again; 5 s by default. */
    public Duration breakerOpenFor() {
        return f.breakerOpenFor;
    }

    /** What start-up does about annotated classes that were not woven. */
    public WeavingCheck weavingCheck() {
        return f.weavingCheck;
    }

    /** What counters and boards do with an increment while Redis is down; {@code BUFFER} by default. */
    public CounterWhenDown counterWhenDown() {
        return f.counterWhenDown;
    }

    /**
     * The most entries (a counter key, a board member, or a distinct value of a unique counter) that
     * buffered and not yet sent increments may occupy; 100,000 by default.
     */
    public int counterBufferLimit() {
        return f.counterBufferLimit;
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        return new Builder(f.copy());
    }

    @Override
    public String toString() {
        return f.describe(database(), password() != null);
    }

    /** Builds a {@link RedweaveConfig}; every setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private final ConfigFields f;

        private Builder() {
            this(new ConfigFields());
        }

        private Builder(ConfigFields fields) {
            this.f = fields;
        }

        /**
         * One Redis server: {@code redis://[[user]:password@]host:port[/database]}, or {@code rediss://}
         * for TLS.
         */
        public Builder redisUrl(String url) {
            RedisAddress.parse(url);
            f.topology = Topology.SINGLE;
            f.redisUrls = List.of(url);
            return this;
        }

        /** A Redis Cluster, given by one or more seed nodes ({@code redis://host:port}). */
        public Builder clusterNodes(List<String> urls) {
            f.redisUrls = ConfigChecks.urls(urls, "cluster");
            f.topology = Topology.CLUSTER;
            return this;
        }

        /** Servers found through Sentinels, given by their URLs and the master's name. */
        public Builder sentinel(String masterName, List<String> urls) {
            f.sentinelMaster = ConfigChecks.sentinelMaster(masterName);
            f.redisUrls = ConfigChecks.urls(urls, "sentinel");
            f.topology = Topology.SENTINEL;
            return this;
        }

        /** The password, overriding one given in a URL. */
        public Builder redisPassword(String password) {
            f.password = password == null || password.isEmpty() ? null : password;
            return this;
        }

        /** The database number (0-15 on a default server), overriding one given in the URL. */
        public Builder database(int database) {
            f.database = ConfigChecks.database(database);
            return this;
        }

        /** The key prefix; letters, digits, {@code .}, {@code _} and {@code -} only. */
        public Builder keyPrefix(String prefix) {
            f.keyPrefix = ConfigChecks.keyPrefix(prefix);
            return this;
        }

        /** The default version. */
        public Builder version(long version) {
            f.version = version;
            return this;
        }

        /** The TTL used where none is given. */
        public Builder defaultTtl(Ttl ttl) {
            f.defaultTtl = Objects.requireNonNull(ttl, "ttl");
            return this;
        }

        /** The key function. */
        public Builder keyFunction(KeyFunction keyFunction) {
            f.keyFunction = Objects.requireNonNull(keyFunction, "keyFunction");
            return this;
        }

        /** The value codec. */
        public Builder codec(ValueCodec codec) {
            f.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /** How long one Redis command may take before the call degrades. */
        public Builder timeout(Duration timeout) {
            f.timeout = ConfigChecks.positive(timeout, "timeout");
            return this;
        }

        /** How long connecting may take. */
        public Builder connectTimeout(Duration timeout) {
            f.connectTimeout = ConfigChecks.positive(timeout, "connect timeout");
            return this;
        }

        /** Consecutive failures that open the breaker, and how long it stays open. */
        public Builder circuitBreaker(int failures, Duration openFor) {
            f.breakerFailures = ConfigChecks.breakerFailures(failures);
            f.breakerOpenFor = ConfigChecks.positive(openFor, "breaker open time");
            return this;
        }

        /** What start-up does about annotated classes that were not woven. */
        public Builder weavingCheck(WeavingCheck check) {
            f.weavingCheck = Objects.requireNonNull(check, "check");
            return this;
        }

        /** What counters and boards do with an increment while Redis is down. */
        public Builder counterWhenDown(CounterWhenDown policy) {
            f.counterWhenDown = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The most entries that buffered increments may occupy.
         *
         * @throws IllegalArgumentException if {@code limit} is below 1
         */
        public Builder counterBufferLimit(int limit) {
            f.counterBufferLimit = ConfigChecks.bufferLimit(limit);
            return this;
        }

        /**
         * Applies the {@code redweave.*} entries of {@code properties} (the keys of {@link
         * RedweaveConfig#load()}); {@code origin} names them in error messages.
         *
         * @throws IllegalArgumentException naming the key, {@code origin} and the fix when a value is
         *     not valid
         */
        public Builder properties(Properties properties, String origin) {
            ConfigReader.apply(ConfigSource.properties(properties, origin), this);
            return this;
        }

        /** The configuration. */
        public RedweaveConfig build() {
            if (f.codec == null) {
                f.codec = JsonCodec.standard();
            }
            return new RedweaveConfig(f.copy());
        }
    }
}
