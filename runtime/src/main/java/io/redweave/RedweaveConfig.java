package io.redweave;

import io.redweave.internal.config.ConfigSource;
import io.redweave.internal.config.RedisAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

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

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._-]*");

    private final List<String> redisUrls;
    private final Topology topology;
    private final String sentinelMaster;
    private final String password;
    private final Integer database;
    private final String keyPrefix;
    private final long version;
    private final Ttl defaultTtl;
    private final KeyFunction keyFunction;
    private final ValueCodec codec;
    private final Duration timeout;
    private final Duration connectTimeout;
    private final int breakerFailures;
    private final Duration breakerOpenFor;
    private final WeavingCheck weavingCheck;
    private final CounterWhenDown counterWhenDown;
    private final int counterBufferLimit;

    private RedweaveConfig(Builder b) {
        this.topology = b.topology;
        this.redisUrls = List.copyOf(b.redisUrls);
        this.sentinelMaster = b.sentinelMaster;
        this.password = b.password;
        this.database = b.database;
        this.keyPrefix = b.keyPrefix;
        this.version = b.version;
        this.defaultTtl = b.defaultTtl;
        this.keyFunction = b.keyFunction;
        this.codec = b.codec;
        this.timeout = b.timeout;
        this.connectTimeout = b.connectTimeout;
        this.breakerFailures = b.breakerFailures;
        this.breakerOpenFor = b.breakerOpenFor;
        this.weavingCheck = b.weavingCheck;
        this.counterWhenDown = b.counterWhenDown;
        this.counterBufferLimit = b.counterBufferLimit;
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
        return redisUrls;
    }

    /** How the servers are arranged. */
    public Topology topology() {
        return topology;
    }

    /** The Sentinel master name, or {@code null} unless the topology is {@link Topology#SENTINEL}. */
    public String sentinelMaster() {
        return sentinelMaster;
    }

    /** The password: from {@code redisPassword}, else from the first URL's user info; may be null. */
    public String password() {
        return password != null
                ? password
                : RedisAddress.parse(redisUrls.get(0)).password();
    }

    /** The database number: from {@code database}, else from the URL's path, else 0. */
    public int database() {
        return database != null
                ? database
                : RedisAddress.parse(redisUrls.get(0)).database();
    }

    /** The key prefix (Django's {@code KEY_PREFIX}); empty by default. */
    public String keyPrefix() {
        return keyPrefix;
    }

    /** The default version (Django's {@code VERSION}); 1 by default. */
    public long version() {
        return version;
    }

    /** The TTL used where none is given; 300 s by default, as Django. */
    public Ttl defaultTtl() {
        return defaultTtl;
    }

    /** The key function; {@link KeyFunction#DEFAULT} by default. */
    public KeyFunction keyFunction() {
        return keyFunction;
    }

    /** The value codec; JSON by default. */
    public ValueCodec codec() {
        return codec;
    }

    /** How long one Redis command may take before the call degrades; 1 s by default. */
    public Duration timeout() {
        return timeout;
    }

    /** How long connecting may take; 1 s by default. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Consecutive Redis failures that open the circuit breaker; 3 by default. */
    public int breakerFailures() {
        return breakerFailures;
    }

    /** How long an open breaker skips Redis before one call probes it again; 5 s by default. */
    public Duration breakerOpenFor() {
        return breakerOpenFor;
    }

    /** What start-up does about annotated classes that were not woven. */
    public WeavingCheck weavingCheck() {
        return weavingCheck;
    }

    /** What counters and boards do with an increment while Redis is down; {@code BUFFER} by default. */
    public CounterWhenDown counterWhenDown() {
        return counterWhenDown;
    }

    /**
     * The most entries (a counter key, a board member, or a distinct value of a unique counter) that
     * buffered and not yet sent increments may occupy; 100,000 by default.
     */
    public int counterBufferLimit() {
        return counterBufferLimit;
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.topology = topology;
        b.redisUrls = redisUrls;
        b.sentinelMaster = sentinelMaster;
        b.password = password;
        b.database = database;
        b.keyPrefix = keyPrefix;
        b.version = version;
        b.defaultTtl = defaultTtl;
        b.keyFunction = keyFunction;
        b.codec = codec;
        b.timeout = timeout;
        b.connectTimeout = connectTimeout;
        b.breakerFailures = breakerFailures;
        b.breakerOpenFor = breakerOpenFor;
        b.weavingCheck = weavingCheck;
        b.counterWhenDown = counterWhenDown;
        b.counterBufferLimit = counterBufferLimit;
        return b;
    }

    @Override
    public String toString() {
        return String.format(
                "RedweaveConfig{topology=%s, redis=%s, database=%d, password=%s, keyPrefix='%s', version=%d,"
                        + " defaultTtl=%s, timeout=%s, breaker=%d failures/%s, counters when down=%s (limit %d)}",
                topology,
                redisUrls.stream().map(RedisAddress::redact).toList(),
                database(),
                password() == null ? "none" : "****",
                keyPrefix,
                version,
                defaultTtl,
                timeout,
                breakerFailures,
                breakerOpenFor,
                counterWhenDown,
                counterBufferLimit);
    }

    /** Builds a {@link RedweaveConfig}; every setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private Topology topology = Topology.SINGLE;
        private List<String> redisUrls = List.of("redis://127.0.0.1:6379");
        private String sentinelMaster;
        private String password;
        private Integer database;
        private String keyPrefix = "";
        private long version = 1;
        private Ttl defaultTtl = Ttl.of(Duration.ofSeconds(300));
        private KeyFunction keyFunction = KeyFunction.DEFAULT;
        private ValueCodec codec;
        private Duration timeout = Duration.ofSeconds(1);
        private Duration connectTimeout = Duration.ofSeconds(1);
        private int breakerFailures = 3;
        private Duration breakerOpenFor = Duration.ofSeconds(5);
        private WeavingCheck weavingCheck = WeavingCheck.WARN;
        private CounterWhenDown counterWhenDown = CounterWhenDown.BUFFER;
        private int counterBufferLimit = 100_000;

        private Builder() {}

        /**
         * One Redis server: {@code redis://[[user]:password@]host:port[/database]}, or {@code rediss://}
         * for TLS.
         */
        public Builder redisUrl(String url) {
            RedisAddress.parse(url);
            this.topology = Topology.SINGLE;
            this.redisUrls = List.of(url);
            return this;
        }

        /** A Redis Cluster, given by one or more seed nodes ({@code redis://host:port}). */
        public Builder clusterNodes(List<String> urls) {
            this.redisUrls = checkedUrls(urls, "cluster");
            this.topology = Topology.CLUSTER;
            return this;
        }

        /** Servers found through Sentinels, given by their URLs and the master's name. */
        public Builder sentinel(String masterName, List<String> urls) {
            if (masterName == null || masterName.isBlank()) {
                throw new IllegalArgumentException("Sentinel master name is empty; give the name in sentinel.conf");
            }
            this.redisUrls = checkedUrls(urls, "sentinel");
            this.sentinelMaster = masterName;
            this.topology = Topology.SENTINEL;
            return this;
        }

        /** The password, overriding one given in a URL. */
        public Builder redisPassword(String password) {
            this.password = password == null || password.isEmpty() ? null : password;
            return this;
        }

        /** The database number (0-15 on a default server), overriding one given in the URL. */
        public Builder database(int database) {
            if (database < 0) {
                throw new IllegalArgumentException(
                        String.format("database %d is negative; use 0 to 15 on a default server", database));
            }
            this.database = database;
            return this;
        }

        /** The key prefix; letters, digits, {@code .}, {@code _} and {@code -} only. */
        public Builder keyPrefix(String prefix) {
            Objects.requireNonNull(prefix, "prefix");
            if (!PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException(String.format(
                        "key prefix \"%s\" holds a separator or pattern character; use letters, digits, '.', '_'"
                                + " and '-' only",
                        prefix));
            }
            this.keyPrefix = prefix;
            return this;
        }

        /** The default version. */
        public Builder version(long version) {
            this.version = version;
            return this;
        }

        /** The TTL used where none is given. */
        public Builder defaultTtl(Ttl ttl) {
            this.defaultTtl = Objects.requireNonNull(ttl, "ttl");
            return this;
        }

        /** The key function. */
        public Builder keyFunction(KeyFunction keyFunction) {
            this.keyFunction = Objects.requireNonNull(keyFunction, "keyFunction");
            return this;
        }

        /** The value codec. */
        public Builder codec(ValueCodec codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /** How long one Redis command may take before the call degrades. */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /** How long connecting may take. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connect timeout");
            return this;
        }

        /** Consecutive failures that open the breaker, and how long it stays open. */
        public Builder circuitBreaker(int failures, Duration openFor) {
            if (failures < 1) {
                throw new IllegalArgumentException(
                        String.format("breaker failures %d is below 1; use 1 or more", failures));
            }
            this.breakerFailures = failures;
            this.breakerOpenFor = positive(openFor, "breaker open time");
            return this;
        }

        /** What start-up does about annotated classes that were not woven. */
        public Builder weavingCheck(WeavingCheck check) {
            this.weavingCheck = Objects.requireNonNull(check, "check");
            return this;
        }

        /** What counters and boards do with an increment while Redis is down. */
        public Builder counterWhenDown(CounterWhenDown policy) {
            this.counterWhenDown = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The most entries that buffered increments may occupy.
         *
         * @throws IllegalArgumentException if {@code limit} is below 1
         */
        public Builder counterBufferLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException(String.format(
                        "counter buffer limit %d is below 1; use 1 or more, or counterWhenDown(DROP) to keep nothing",
                        limit));
            }
            this.counterBufferLimit = limit;
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
            if (codec == null) {
                codec = JsonCodec.standard();
            }
            return new RedweaveConfig(this);
        }

        private static List<String> checkedUrls(List<String> urls, String what) {
            if (urls == null || urls.isEmpty()) {
                throw new IllegalArgumentException(
                        String.format("no %s nodes given; list at least one redis://host:port", what));
            }
            urls.forEach(RedisAddress::parse);
            return List.copyOf(urls);
        }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(String.format("%s %s is not positive; use e.g. 500ms", what, d));
            }
            return d;
        }
    }
}
