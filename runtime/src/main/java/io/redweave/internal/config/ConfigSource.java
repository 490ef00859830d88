package io.redweave.internal.config;

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
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One source of {@code redweave.*} settings: properties, a properties file, or {@code REDWEAVE_*}
 * environment variables mapped to their property names. It reads text and gives typed values, and
 * knows nothing of what consumes them: {@code RedweaveConfig}'s reader asks it key by key.
 */
public final class ConfigSource {

    /** Every key that is read, for sources that must be asked key by key (Spring's Environment). */
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
        return properties(classpathFile(resource), resource);
    }

    /** The properties of a file on the class path; empty when there is none. */
    public static Properties classpathFile(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p;
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

    /**
     * Hands the value of {@code key}, when this source has one, to {@code setter}; an {@link
     * IllegalArgumentException} from the setter comes back naming the key and this source.
     */
    public void with(String key, Consumer<String> setter) {
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

    /** The trimmed value of {@code key}, or {@code null} when it is absent or blank. */
    public String get(String key) {
        if (!KEYS.contains(key)) {
            // Spring's Environment is asked key by key from KEYS: a key missing there is never read
            throw new IllegalStateException(String.format("%s is read but missing from ConfigSource.KEYS", key));
        }
        String v = values.get(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** A setting that must be a length: {@code forever} has no meaning for a timeout. */
    public static Duration length(String v) {
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

    /** A comma-separated list, blanks dropped. */
    public static List<String> list(String v) {
        return Arrays.stream(v.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** A whole number. */
    public static <T> T number(String v, Function<String, T> parser) {
        try {
            return parser.apply(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(String.format("\"%s\" is not a whole number", v));
        }
    }

    /** An upper-cased enum constant name, failing with the names allowed. */
    public static <E extends Enum<E>> E choice(String v, Class<E> type) {
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(
                    "\"%s\" is not one of %s; use one of them, in any case",
                    v, java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)));
        }
    }

    /** A new instance of the public class named {@code v}, which implements {@code type}. */
    public static <T> T instance(String v, Class<T> type) {
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
