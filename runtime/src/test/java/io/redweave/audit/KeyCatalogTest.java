package io.redweave.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedweaveConfig;
import io.redweave.Ttl;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merged report, from reports laid out as modules would carry them; no Redis needed. */
class KeyCatalogTest {

    private static final RedweaveConfig SHOP =
            RedweaveConfig.builder().keyPrefix("shop").version(3).build();

    @TempDir
    Path dir;

    @Test
    void load_shopOnTheClassPath_prefixAndVersionFilledIn() throws Exception {
        Path classes = ShopReport.write(dir, "shop/classes", ShopReport.JSON);

        KeyCatalog catalog = load(classes);

        assertThat(catalog.sources()).containsExactly(classes.toString());
        assertThat(catalog.families())
                .extracting(f -> f.kind().label() + " " + f.name() + " " + f.redisType() + " " + f.keys())
                .containsExactly(
                        "cache audit-items string [shop:3:audit-items:{id}]",
                        "counter audit-visits string [shop:counter:audit-visits:{day}]",
                        "counter-unique audit-visits string [shop:counter-unique:audit-visits:{day}]",
                        "board audit-top zset [shop:board:audit-top]",
                        "lock audit-import string [shop:lock:audit-import]");
        assertThat(catalog.warnings()).isEmpty();
    }

    @Test
    void families_lifetimes_asTheRuntimeSetsThem() {
        KeyCatalog catalog = ShopReport.catalog(dir, SHOP);

        assertThat(catalog.families())
                .extracting(KeyFamily::lifetime)
                .containsExactly(
                        new KeyFamily.Lifetime("20m (+30s jitter)", true, 1_230_000),
                        new KeyFamily.Lifetime("2d", true, 172_800_000),
                        new KeyFamily.Lifetime("2d", true, 172_800_000),
                        new KeyFamily.Lifetime("never expires", false, -1),
                        new KeyFamily.Lifetime("lease 1m", true, 60_000));
    }

    @Test
    void familyOf_renderedKeys_matchTheirFamilyOnly() {
        KeyCatalog catalog = ShopReport.catalog(dir, SHOP);

        assertThat(catalog.familyOf("shop:3:audit-items:42"))
                .map(KeyFamily::name)
                .contains("audit-items");
        assertThat(catalog.familyOf("shop:3:audit-items:a%3Ab")).isPresent();
        assertThat(catalog.familyOf("shop:3:audit-items:a:b")).isEmpty();
        assertThat(catalog.familyOf("shop:2:audit-items:42")).isEmpty();
        assertThat(catalog.familyOf("shop:counter-unique:audit-visits:d1"))
                .map(KeyFamily::kind)
                .contains(KeyFamily.Kind.COUNTER_UNIQUE);
        assertThat(catalog.familyOf("shop:board:audit-top:x")).isEmpty();
    }

    @Test
    void load_defaultTtl_filledInFromTheConfiguration() {
        String json = ShopReport.JSON.replace(
                "\"ttl\": {\"text\": \"20m\", \"millis\": 1200000}", "\"ttl\": {\"text\": \"default\"}");
        RedweaveConfig config = RedweaveConfig.builder()
                .defaultTtl(Ttl.of(Duration.ofMinutes(7)))
                .build();

        KeyCatalog catalog = KeyCatalog.read(List.of(ShopReport.write(dir, "m", json)), config);

        assertThat(catalog.families().get(0).lifetime())
                .isEqualTo(new KeyFamily.Lifetime("7m (+30s jitter)", true, 450_000));
    }

    @Test
    void read_jarNestedInABootJar_foundWithItsName() throws Exception {
        Path inner = dir.resolve("catalog.jar");
        jar(inner, "META-INF/redweave/cache-keys.json", ShopReport.JSON.getBytes(StandardCharsets.UTF_8));
        Path boot = dir.resolve("app.jar");
        jar(boot, "BOOT-INF/lib/catalog.jar", Files.readAllBytes(inner));
        Files.delete(inner);

        KeyCatalog catalog = KeyCatalog.read(List.of(boot), SHOP);

        assertThat(catalog.sources()).containsExactly("catalog.jar (in app.jar)");
        assertThat(catalog.families()).hasSize(5);
    }

    @Test
    void read_sameReportInClassesAndJar_mergedOnce() throws Exception {
        Path classes = ShopReport.write(dir, "shop/target/classes", ShopReport.JSON);
        jar(
                dir.resolve("shop/target/shop.jar"),
                "META-INF/redweave/cache-keys.json",
                ShopReport.JSON.getBytes(StandardCharsets.UTF_8));

        KeyCatalog catalog = KeyCatalog.read(List.of(dir.resolve("shop")), SHOP);

        assertThat(catalog.sources()).hasSize(1);
        assertThat(catalog.warnings()).isEmpty();
        assertThat(classes).exists();
    }

    @Test
    void read_missingBrokenOrNewerReports_problemsNamingEach() {
        Path broken = ShopReport.write(dir, "broken", "{\"format\": 1, \"caches\": [");
        Path newer = ShopReport.write(dir, "newer", "{\"format\": 2}");

        KeyCatalog catalog = KeyCatalog.read(List.of(dir.resolve("nowhere.jar"), broken, newer), SHOP);

        assertThat(catalog.problems())
                .satisfiesExactly(
                        p -> assertThat(p).contains("nowhere.jar does not exist"),
                        p -> assertThat(p).contains(broken.toString()).contains("is not valid JSON"),
                        p -> assertThat(p)
                                .contains(newer.toString())
                                .contains("has format 2")
                                .contains("format 1"));
        assertThat(catalog.families()).isEmpty();
    }

    private KeyCatalog load(Path... roots) throws Exception {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        try (URLClassLoader loader = new URLClassLoader(urls, null)) {
            return KeyCatalog.load(loader, SHOP);
        }
    }

    static void jar(Path jar, String entry, byte[] content) throws Exception {
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
    }
}
