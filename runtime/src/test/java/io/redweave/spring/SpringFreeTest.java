package io.redweave.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Spring stays optional: with every Spring jar and the AspectJ weaver left off the class path, the
 * runtime starts and woven advice caches (the transaction hook and the proxy support find no Spring
 * and step aside).
 */
class SpringFreeTest {

    @Test
    void redweave_withoutSpringOnTheClassPath_startsAndCaches() throws Exception {
        RedisServer redis = RedisServers.single();
        try (URLClassLoader loader =
                new URLClassLoader(classPathWithoutSpring(), ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> Class.forName("org.springframework.core.Ordered", false, loader))
                    .isInstanceOf(ClassNotFoundException.class);
            @SuppressWarnings("unchecked")
            Function<String, String> scenario =
                    (Function<String, String>) loader.loadClass(SpringFreeScenario.class.getName())
                            .getDeclaredConstructor()
                            .newInstance();

            String outcome = scenario.apply(redis.uri());

            assertThat(outcome).isEqualTo("loads=1 stored=item-n1");
        }
    }

    /** Surefire's real test class path (java.class.path may be a manifest-only jar), minus Spring. */
    private static URL[] classPathWithoutSpring() throws MalformedURLException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            String normalized = entry.replace('\\', '/');
            if (entry.isEmpty()
                    || normalized.contains("/org/springframework/")
                    || normalized.contains("/aspectjweaver/")) {
                continue;
            }
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
