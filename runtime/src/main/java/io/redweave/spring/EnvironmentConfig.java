package io.redweave.spring;

import io.redweave.RedweaveConfig;
import io.redweave.internal.config.ConfigSource;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Reads the {@code redweave.*} properties from a Spring {@code Environment}: each known key is asked
 * for by name, so every property source counts, in Spring's precedence, with placeholders resolved
 * and {@code REDWEAVE_*} variables found through Spring's relaxed lookup. A {@code redweave.*} name
 * that Redweave does not read is logged, since it is most likely a typo.
 */
final class EnvironmentConfig {

    private static final Logger LOG = LoggerFactory.getLogger(EnableRedweave.class);
    private static final String PREFIX = "redweave.";

    private EnvironmentConfig() {}

    /** Defaults, then {@code redweave.properties} from the class path, then the Environment. */
    static RedweaveConfig read(Environment environment) {
        return RedweaveConfig.builder()
                .properties(ConfigSource.classpathFile("redweave.properties"), "redweave.properties")
                .properties(properties(environment), "the Spring Environment")
                .build();
    }

    /** The Environment's values of every known key and of every {@code redweave.*} name it lists. */
    static Properties properties(Environment environment) {
        Set<String> names = new TreeSet<>(ConfigSource.KEYS);
        for (String listed : listedNames(environment)) {
            if (names.add(listed)) {
                LOG.warn(
                        "Redweave reads no property named {}; check the spelling against {}",
                        listed,
                        ConfigSource.KEYS);
            }
        }
        Properties properties = new Properties();
        for (String name : names) {
            String value = environment.getProperty(name);
            if (value != null) {
                properties.setProperty(name, value);
            }
        }
        return properties;
    }

    private static Set<String> listedNames(Environment environment) {
        Set<String> names = new TreeSet<>();
        if (environment instanceof ConfigurableEnvironment configurable) {
            for (PropertySource<?> source : configurable.getPropertySources()) {
                if (source instanceof EnumerablePropertySource<?> enumerable) {
                    for (String name : enumerable.getPropertyNames()) {
                        if (name.startsWith(PREFIX)) {
                            names.add(name);
                        }
                    }
                }
            }
        }
        return names;
    }
}
