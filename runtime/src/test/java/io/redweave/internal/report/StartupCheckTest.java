package io.redweave.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.redweave.Redweave;
import io.redweave.audit.ShopReport;
import io.redweave.fixtures.TestRuntimes;
import io.redweave.testing.RedisServers;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Redweave.start merges the reports on the class path and logs the cross-module findings. */
class StartupCheckTest {

    private static final String CATALOG =
            """
            {"format": 1, "caches": [{"name": "countries", "valueType": "java.util.List<java.lang.String>",
              "reads": [{"method": "shop.catalog.CatalogService.countries()", "template": "all",
                "ttl": {"text": "forever"}, "jitter": {"text": "default"}, "cacheNull": false,
                "nullTtl": {"text": "default"}, "stampede": null, "suppressed": false}],
              "writes": [], "evictions": [], "warnings": []}], "counters": [], "boards": [], "locks": []}
            """;
    private static final String ADMIN =
            """
            {"format": 1, "caches": [{"name": "countries", "valueType": null, "reads": [], "writes": [],
              "evictions": [{"method": "shop.admin.CountryAdmin.rename(java.lang.String)", "allEntries": true,
                "key": null, "beforeInvocation": false}], "warnings": []}],
             "counters": [], "boards": [], "locks": []}
            """;

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger("io.redweave.report");

    @BeforeEach
    void capture() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
    }

    @Test
    void start_foreverCacheEvictedInNoModule_warnsNamingTheReaderAndItsModule() throws Exception {
        startWith(ShopReport.write(dir, "catalog/classes", CATALOG), ShopReport.write(dir, "shop", ShopReport.JSON));

        assertThat(warnings())
                .singleElement()
                .asString()
                .contains("cache \"countries\" is read with ttl \"forever\" by CatalogService.countries() in ")
                .contains("catalog/classes")
                .contains("no @CacheEvict or @CachePut in any module");
    }

    @Test
    void start_evictionInAnotherModule_noWarning() throws Exception {
        startWith(ShopReport.write(dir, "catalog/classes", CATALOG), ShopReport.write(dir, "admin/classes", ADMIN));

        assertThat(warnings()).isEmpty();
        assertThat(log.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .contains("Redweave cache-key report: 1 key families from 2 module report(s), 0 warning(s)");
    }

    @Test
    void start_unreadableReport_warnsAndStillStarts() throws Exception {
        startWith(ShopReport.write(dir, "broken/classes", "not json"));

        assertThat(warnings()).singleElement().asString().contains("is not valid JSON");
    }

    private void startWith(Path... modules) throws Exception {
        URL[] urls = new URL[modules.length];
        for (int i = 0; i < modules.length; i++) {
            urls[i] = modules[i].toUri().toURL();
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls, null)) {
            thread.setContextClassLoader(loader);
            Redweave.start(TestRuntimes.config(RedisServers.single()).build()).close();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private List<String> warnings() {
        return log.list.stream()
                .filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }
}
