package io.redweave.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redweave.RedweaveConfig;
import io.redweave.audit.KeyCatalog;
import io.redweave.audit.KeyFamily;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two modules built apart with the real processor, each with its own report: merged on a class
 * path as the runtime sees it, and by {@code redweave-cli report}.
 */
class MultiModuleReportTest {

    private static final RedweaveConfig SHOP =
            RedweaveConfig.builder().keyPrefix("shop").version(2).build();

    @TempDir
    static Path root;

    private static Path catalog;
    private static Path admin;

    @BeforeAll
    static void build() {
        catalog = ShopModules.catalog(root);
        admin = ShopModules.admin(root, catalog);
    }

    @Test
    void load_twoModulesOnTheClassPath_oneCatalogWithPrefixAndVersion() throws Exception {
        KeyCatalog keys = onClassPath(catalog, admin);

        assertThat(keys.sources()).containsExactlyInAnyOrder(catalog.toString(), admin.toString());
        assertThat(keys.families())
                .extracting(f -> f.kind().label() + " " + f.name() + " " + f.keys())
                .containsExactly(
                        "cache countries [shop:2:countries:all]",
                        "cache musics [shop:2:musics:{id}, shop:2:musics:{result.id}]",
                        "cache regions [shop:2:regions:all]",
                        "counter views [shop:counter:views:{day}, shop:counter:views:{week}]",
                        "board top [shop:board:top]");
        assertThat(family(keys, "musics").modules()).containsExactlyInAnyOrder(catalog.toString(), admin.toString());
    }

    @Test
    void load_twoModules_warnsOfWhatOnlyTheWholeApplicationShows() throws Exception {
        KeyCatalog keys = onClassPath(catalog, admin);

        assertThat(keys.warnings())
                .satisfiesExactlyInAnyOrder(
                        w -> assertThat(w)
                                .startsWith(
                                        "cache \"musics\" holds 2 value types: shop.admin.Track (AdminService.save(long,"
                                                + " String) in " + admin
                                                + "), shop.catalog.Music (CatalogService.find(long) in "
                                                + catalog + ")"),
                        w -> assertThat(w)
                                .startsWith(
                                        "cache \"regions\" is read with ttl \"forever\" by AdminService.regions() in "
                                                + admin),
                        w -> assertThat(w)
                                .startsWith("counter \"views\" is written under 2 key templates: {day}"
                                        + " (CatalogService.show(long, String) in " + catalog + "), {week}"),
                        w -> assertThat(w).startsWith("board \"top\" ranks members under 2 templates: {id}"));
        assertThat(keys.warnings()).noneMatch(w -> w.contains("\"countries\""));
    }

    @Test
    void load_catalogAlone_itsForeverCacheIsNeverInvalidated() throws Exception {
        KeyCatalog keys = onClassPath(catalog);

        assertThat(keys.warnings())
                .singleElement()
                .asString()
                .startsWith("cache \"countries\" is read with ttl \"forever\" by CatalogService.countries()");
    }

    @Test
    void report_twoModules_tableJsonAndExitCode() throws Exception {
        StringWriter out = new StringWriter();
        Path json = root.resolve("merged.json");

        int code = Main.run(
                new String[] {
                    "report",
                    "--report",
                    catalog + "," + admin,
                    "--prefix",
                    "shop",
                    "--cache-version",
                    "2",
                    "--json",
                    json.toString()
                },
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                Map.of());

        assertThat(code).isEqualTo(3);
        assertThat(out.toString())
                .contains("Redis keys of 2 module(s), prefix 'shop', version 2")
                .contains("shop:counter:views:{day} shop:counter:views:{week}")
                .contains("Warnings:\n  - ");
        JsonNode merged = new ObjectMapper().readTree(json.toFile());
        assertThat(merged.path("families")).hasSize(5);
        assertThat(merged.path("warnings")).hasSize(4);
        assertThat(merged.path("prefix").asText()).isEqualTo("shop");
    }

    @Test
    void report_prefixFromTheEnvironment_filledIn() {
        StringWriter out = new StringWriter();

        Main.run(
                new String[] {"report", "-r", catalog.toString()},
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                Map.of("REDWEAVE_KEY_PREFIX", "prod", "REDWEAVE_VERSION", "7"));

        assertThat(out.toString()).contains("prod:7:musics:{id}").contains("prod:board:top");
    }

    private static KeyFamily family(KeyCatalog keys, String name) {
        return keys.families().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static KeyCatalog onClassPath(Path... modules) throws Exception {
        URL[] urls = new URL[modules.length];
        for (int i = 0; i < modules.length; i++) {
            urls[i] = modules[i].toUri().toURL();
        }
        try (URLClassLoader loader = new URLClassLoader(urls, null)) {
            return KeyCatalog.load(loader, SHOP);
        }
    }
}
