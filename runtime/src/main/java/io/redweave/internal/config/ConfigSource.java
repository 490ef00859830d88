package io.redweave.internal.config;

import io.redweave.KeyFunction;
import io.redweave.RedweaveConfig;
import io.redweave.Ttl;
import io.redweave.ValueCodec;
import io.redweave.internal.grammar.DurationParser;
import io.redweave.internal.grammar.DurationSpec;
import io.redweave.internal.grammar.GrammarException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Applies {@code redweave.*} properties (or their {@code REDWEAVE_*} environment twins) to a
 * builder. Each key is read in exactly one place, {@link #applyTo}.
 */
public final class ConfigSource {

    /** Every key {@link #applyTo} reads, for sources that must be asked key by key (Spring's Environment). */
    public static final List<String> KEYS = List.of(
            "redweave.redis.url",
            "redweave.redis.cluster-nodes",
            "redweave.redis.sentinel-nodes",
            "redweave.redis.sentinel-master",
            "redweave.redis.password",
            "redweave.redis.database",
            "redweave.key-prefix",
            "redweave.version",
            "redweave.default-ttl",
            "redweave.timeout",
            "redweave.connect-timeout",
            "redweave.breaker.failures",
            "redweave.breaker.open-for",
            "redweave.weaving-check",
            "redweave.counter.when-down",
            "redweave.counter.buffer-limit",
            "redweave.codec",
            "redweave.key-function");

    private final Map<String, String> values;
    private final String origin;

    private ConfigSource(Map<String, String> values, String origin) {
        this.values = values;
        this.origin = origin;
    }

    /** Properties whose keys start with {@code redweave.}. */
    public static ConfigSource properties(Properties properties) {
        return properties(properties, "properties");
    }

    /** Properties whose keys start with {@code redweave.}; {@code origin} names them in error messages. */
    public static ConfigSource properties(Properties properties, String origin) {
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return new ConfigSource(map, origin);
    }

    /** A properties file on the class path, or nothing when there is none. */
    public static ConfigSource classpathProperties(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return new ConfigSource(properties(p).values, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** {@code REDWEAVE_*} variables, mapped to their {@code redweave.*} property names. */
    public static ConfigSource environment(Map<String, String> env) {
        Map<String, String> map = new HashMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith("REDWEAVE_")) {
                map.put(propertyName(k), v);
            }
        });
        return new ConfigSource(map, "environment");
    }

    /** {@code redweave.redis.url} for {@code REDWEAVE_REDIS_URL}. */
    static String propertyName(String env) {
        String rest = env.substring("REDWEAVE_".length()).toLowerCase(Locale.ROOT);
        for (String known : List.of("redis.", "breaker.", "counter.")) {
            String underscored = known.replace('.', '_');
            if (rest.startsWith(underscored)) {
                return "redweave." + known
                        + rest.substring(underscored.length()).replace('_', '-');
            }
        }
        return "redweave." + rest.replace('_', '-');
    }

    /** Applies every known key present in this source. */
    public void applyTo(RedweaveConfig.Builder b) {
        String sentinelMaster = get("redweave.redis.sentinel-master");
        with("redweave.redis.url", b::redisUrl);
        with("redweave.redis.cluster-nodes", v -> b.clusterNodes(list(v)));
        with("redweave.redis.sentinel-nodes", v -> b.sentinel(sentinelMaster, list(v)));
        with("redweave.redis.password", b::redisPassword);
        with("redweave.redis.database", v -> b.database(parse("redweave.redis.database", v, Integer::parseInt)));
        with("redweave.key-prefix", b::keyPrefix);
        with("redweave.version", v -> b.version(parse("redweave.version", v, Long::parseLong)));
        with("redweave.default-ttl", v -> b.defaultTtl(Ttl.parse(v)));
        with("redweave.timeout", v -> b.timeout(length(v)));
        with("redweave.connect-timeout", v -> b.connectTimeout(length(v)));
        String failures = get("redweave.breaker.failures");
        String openFor = get("redweave.breaker.open-for");
        if (failures != null || openFor != null) {
            RedweaveConfig current = b.build();
            b.circuitBreaker(
                    failures == null
                            ? current.breakerFailures()
                            : parse("redweave.breaker.failures", failures, Integer::parseInt),
                    openFor == null ? current.breakerOpenFor() : length(openFor));
        }
        with(
                "redweave.weaving-check",
                v -> b.weavingCheck(RedweaveConfig.WeavingCheck.valueOf(v.trim().toUpperCase(Locale.ROOT))));
        with(
                "redweave.counter.when-down",
                v -> b.counterWhenDown(
                        RedweaveConfig.CounterWhenDown.valueOf(v.trim().toUpperCase(Locale.ROOT))));
        with(
                "redweave.counter.buffer-limit",
                v -> b.counterBufferLimit(parse("redweave.counter.buffer-limit", v, Integer::parseInt)));
        with("redweave.codec", v -> b.codec(instantiate(v, ValueCodec.class)));
        with("redweave.key-function", v -> b.keyFunction(instantiate(v, KeyFunction.class)));
    }

    private String get(String key) {
        if (!KEYS.contains(key)) {
            // Spring's Environment is asked key by key from KEYS: a key missing there is never read
            throw new IllegalStateException(String.format("%s is read but missing from ConfigSource.KEYS", key));
        }
        String v = values.get(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private void with(String key, java.util.function.Consumer<String> setter) {
        String v = get(key);
        if (v == null) {
            return;
        }
        try {
            setter.accept(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    String.format("%s (from %s) is not valid: %s", key, origin, e.getMessage()), e);
        }
    }

    /** A setting that must be a length: {@code forever} has no meaning for a timeout. */
    private static Duration length(String v) {
        DurationSpec spec;
        try {
            spec = DurationParser.parse(v);
        } catch (GrammarException e) {
            throw new IllegalArgumentException(String.format("\"%s\" %s", v, e.getMessage()));
        }
        if (spec.millis().isEmpty()) {
            throw new IllegalArgumentException(
                    String.format("\"%s\" is not a length of time; use a length such as 500ms", v));
        }
        return Duration.ofMillis(spec.millis().getAsLong());
    }

    private static List<String> list(String v) {
        return Arrays.stream(v.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static <T> T parse(String key, String v, Function<String, T> parser) {
        try {
            return parser.apply(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(String.format("\"%s\" is not a whole number", v));
        }
    }

    private static <T> T instantiate(String v, Class<T> type) {
        if (type == ValueCodec.class && v.equalsIgnoreCase("json")) {
            return type.cast(io.redweave.internal.codec.JsonCodec.standard());
        }
        try {
            Class<?> c = Class.forName(v, true, Thread.currentThread().getContextClassLoader());
            return type.cast(c.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException(String.format(
                    "cannot create %s from \"%s\"; name a public class implementing it with a public no-argument"
                            + " constructor",
                    type.getSimpleName(), v));
        }
    }
}
