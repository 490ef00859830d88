package io.redweave.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redweave.processor.Compilations.compileWithReportDir;
import static io.redweave.processor.Compilations.jsonReport;
import static io.redweave.processor.Compilations.sample;
import static io.redweave.processor.JsonFields.find;
import static io.redweave.processor.JsonFields.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of the sample application, read back field by field. */
class CacheKeyReportTest {

    private static JsonNode report;

    @BeforeAll
    static void compileSample(@TempDir Path reportDir) {
        Compilation compilation = compileWithReportDir(reportDir, sample());
        assertThat(compilation).succeededWithoutWarnings();
        report = parse(jsonReport(compilation));
    }

    @Test
    void report_sample_listsEveryKeySortedByName() {
        assertThat(report.path("format").asInt()).isEqualTo(1);
        assertThat(names(report.path("caches"))).containsExactly("music-charts", "music-lists", "musics", "pictures");
        assertThat(names(report.path("counters"))).containsExactly("gallery.views", "visitors");
        assertThat(names(report.path("boards"))).containsExactly("images");
        assertThat(names(report.path("locks")))
                .containsExactly("music-charts", "music-import", "music-lists", "musics");
    }

    @Test
    void cacheRead_sample_hasKeyTtlJitterNullPolicyStampedeAndSource() {
        JsonNode musics = find(report.path("caches"), "name", "musics");
        JsonNode read = musics.path("reads").get(0);

        assertThat(musics.path("valueType").asText()).isEqualTo("sample.music.Music");
        assertThat(read.path("method").asText()).isEqualTo("sample.music.MusicService.find(long)");
        assertThat(read.path("file").asText()).isEqualTo("sample/music/MusicService.java");
        assertThat(read.path("line").asInt()).isEqualTo(16);
        assertThat(read.path("key").asText()).isEqualTo("{prefix}:{version}:musics:{id}");
        assertThat(read.path("template").asText()).isEqualTo("{id}");
        assertThat(read.path("ttl").path("text").asText()).isEqualTo("10m");
        assertThat(read.path("ttl").path("millis").asLong()).isEqualTo(600_000);
        assertThat(read.path("jitter").path("millis").asLong()).isEqualTo(30_000);
        assertThat(read.path("cacheNull").asBoolean()).isTrue();
        assertThat(read.path("nullTtl").path("text").asText()).isEqualTo("30s");
        JsonNode stampede = read.path("stampede");
        assertThat(stampede.path("lock").asText()).isEqualTo("{prefix}:lock:musics:{id}");
        assertThat(stampede.path("lease").path("millis").asLong()).isEqualTo(30_000);
        assertThat(stampede.path("waitFor").path("millis").asLong()).isEqualTo(5_000);
        assertThat(stampede.path("onTimeout").asText()).isEqualTo("LOAD");
        assertThat(stampede.path("maxLease").path("millis").asLong()).isEqualTo(120_000);
        assertThat(stampede.path("whenRedisDown").asText()).isEqualTo("PROCEED");
        assertThat(stampede.path("refreshAhead").path("millis").asLong()).isEqualTo(60_000);
        assertThat(stampede.path("earlyRefresh").asBoolean()).isFalse();
        assertThat(stampede.path("staleIfError").asBoolean()).isFalse();
        assertThat(stampede.path("keepStale").path("text").asText()).isEqualTo("default");
    }

    @Test
    void cacheRead_foreverWithoutKeyParameters_hasNoMillisAndItsStampedePolicy() {
        JsonNode read =
                find(report.path("caches"), "name", "music-lists").path("reads").get(0);

        assertThat(read.path("key").asText()).isEqualTo("{prefix}:{version}:music-lists:all");
        assertThat(read.path("ttl").path("text").asText()).isEqualTo("forever");
        assertThat(read.path("ttl").has("millis")).isFalse();
        assertThat(read.path("jitter").path("text").asText()).isEqualTo("default");
        assertThat(read.path("stampede").path("lease").path("text").asText()).isEqualTo("default");
        assertThat(read.path("stampede").path("refreshAhead").path("text").asText())
                .isEqualTo("default");
        assertThat(read.path("stampede").path("onTimeout").asText()).isEqualTo("STALE");
        assertThat(read.path("stampede").path("whenRedisDown").asText()).isEqualTo("FAIL");
        assertThat(read.path("stampede").path("staleIfError").asBoolean()).isTrue();
    }

    @Test
    void cacheRead_earlyRefreshAndStaleIfError_betaAndKeepStaleReported() {
        JsonNode stampede = find(report.path("caches"), "name", "music-charts")
                .path("reads")
                .get(0)
                .path("stampede");

        assertThat(stampede.path("earlyRefresh").asBoolean()).isTrue();
        assertThat(stampede.path("beta").asDouble()).isEqualTo(2.0);
        assertThat(stampede.path("staleIfError").asBoolean()).isTrue();
        assertThat(stampede.path("keepStale").path("millis").asLong()).isEqualTo(600_000);
        assertThat(stampede.path("maxLease").path("text").asText()).isEqualTo("default");
        assertThat(stampede.path("refreshAhead").path("text").asText()).isEqualTo("default");
    }

    @Test
    void cacheRead_emptyKeyOnMethodWithoutParameters_usesMethodName() {
        JsonNode pictures = find(report.path("caches"), "name", "pictures");
        JsonNode read = pictures.path("reads").get(0);

        assertThat(pictures.path("valueType").asText()).isEqualTo("java.util.List<sample.gallery.Picture>");
        assertThat(read.path("key").asText()).isEqualTo("{prefix}:{version}:pictures:gallery");
        assertThat(read.path("stampede").isNull()).isTrue();
        assertThat(read.path("cacheNull").asBoolean()).isFalse();
    }

    @Test
    void cacheWritesAndEvictions_sample_nameTheMethodsThatInvalidate() {
        JsonNode musics = find(report.path("caches"), "name", "musics");
        JsonNode write = musics.path("writes").get(0);
        JsonNode eviction = musics.path("evictions").get(0);
        JsonNode lists = find(report.path("caches"), "name", "music-lists");

        assertThat(write.path("method").asText()).isEqualTo("sample.music.MusicService.update(long, java.lang.String)");
        assertThat(write.path("key").asText()).isEqualTo("{prefix}:{version}:musics:{result.id}");
        assertThat(write.path("ttl").path("text").asText()).isEqualTo("10m");
        assertThat(write.path("line").asInt()).isEqualTo(28);
        assertThat(eviction.path("method").asText()).isEqualTo("sample.music.MusicService.delete(long)");
        assertThat(eviction.path("key").asText()).isEqualTo("{prefix}:{version}:musics:{id}");
        assertThat(eviction.path("allEntries").asBoolean()).isFalse();
        assertThat(lists.path("evictions")).hasSize(2);
        JsonNode beforeCall = find(lists.path("evictions"), "method", "sample.music.MusicService.delete(long)");
        assertThat(beforeCall.path("allEntries").asBoolean()).isTrue();
        assertThat(beforeCall.path("key").isNull()).isTrue();
        assertThat(beforeCall.path("beforeInvocation").asBoolean()).isTrue();
        assertThat(musics.path("warnings")).isEmpty();
    }

    @Test
    void counters_sample_plainAndHyperLogLogWithTheirKeys() {
        JsonNode views = find(report.path("counters"), "name", "gallery.views");
        JsonNode visitors = find(report.path("counters"), "name", "visitors");
        JsonNode use = visitors.path("uses").get(0);

        assertThat(views.path("type").asText()).isEqualTo("counter");
        assertThat(views.path("uses").get(0).path("key").asText()).isEqualTo("{prefix}:counter:gallery.views");
        assertThat(views.path("uses").get(0).path("unique").isNull()).isTrue();
        assertThat(visitors.path("type").asText()).isEqualTo("hyperloglog");
        assertThat(use.path("key").asText()).isEqualTo("{prefix}:counter:visitors:{day}");
        assertThat(use.path("unique").asText()).isEqualTo("{visitorId}");
        assertThat(use.path("by").asLong()).isEqualTo(1);
        assertThat(use.path("on").asText()).isEqualTo("SUCCESS");
        assertThat(use.path("ttl").path("millis").asLong()).isEqualTo(172_800_000);
        assertThat(use.path("file").asText()).isEqualTo("sample/gallery/GalleryService.java");
        assertThat(use.path("line").asInt()).isEqualTo(19);
    }

    @Test
    void counters_uniqueCounter_namesItsHyperLogLogKey() {
        JsonNode visitors =
                find(report.path("counters"), "name", "visitors").path("uses").get(0);
        JsonNode views = find(report.path("counters"), "name", "gallery.views")
                .path("uses")
                .get(0);

        assertThat(visitors.path("uniqueKey").asText()).isEqualTo("{prefix}:counter-unique:visitors:{day}");
        assertThat(views.path("uniqueKey").isNull()).isTrue();
    }

    @Test
    void keys_sample_everyPatternOnceWithItsRedisType() {
        java.util.List<String> rows = new java.util.ArrayList<>();
        report.path("keys")
                .forEach(k -> rows.add(String.join(
                        " ",
                        k.path("key").asText(),
                        k.path("redisType").asText(),
                        k.path("kind").asText(),
                        k.path("name").asText())));

        assertThat(rows)
                .containsExactly(
                        "{prefix}:{version}:music-charts:{week} string cache music-charts",
                        "{prefix}:{version}:music-lists:all string cache music-lists",
                        "{prefix}:{version}:musics:{id} string cache musics",
                        "{prefix}:{version}:musics:{result.id} string cache musics",
                        "{prefix}:{version}:pictures:gallery string cache pictures",
                        "{prefix}:counter:gallery.views string counter gallery.views",
                        "{prefix}:counter:visitors:{day} string counter visitors",
                        "{prefix}:counter-unique:visitors:{day} string (HyperLogLog) counter-unique visitors",
                        "{prefix}:board:images zset board images",
                        "{prefix}:lock:music-charts:{week} string stampede-lock music-charts",
                        "{prefix}:lock:music-import string lock music-import",
                        "{prefix}:lock:music-lists:all string stampede-lock music-lists",
                        "{prefix}:lock:musics:{id} string stampede-lock musics");
    }

    @Test
    void boards_sample_keyAndMember() {
        JsonNode images = find(report.path("boards"), "name", "images");

        assertThat(images.path("key").asText()).isEqualTo("{prefix}:board:images");
        assertThat(images.path("uses").get(0).path("member").asText()).isEqualTo("{result.url}");
        assertThat(images.path("uses").get(0).path("by").asDouble()).isEqualTo(1.0);
    }

    @Test
    void locks_sample_lockAndStampedeLocksWithLeaseCapAndFailurePolicies() {
        JsonNode importLock = find(report.path("locks"), "name", "music-import");
        JsonNode stampede = find(report.path("locks"), "name", "musics");

        assertThat(importLock.path("type").asText()).isEqualTo("lock");
        JsonNode use = importLock.path("uses").get(0);
        assertThat(use.path("key").asText()).isEqualTo("{prefix}:lock:music-import");
        assertThat(use.path("lease").path("millis").asLong()).isEqualTo(60_000);
        assertThat(use.path("waitFor").path("millis").asLong()).isZero();
        assertThat(use.path("maxLease").path("millis").asLong()).isEqualTo(1_800_000);
        assertThat(use.path("whenRedisDown").asText()).isEqualTo("FAIL");
        assertThat(use.has("onTimeout")).isFalse();
        assertThat(stampede.path("type").asText()).isEqualTo("stampede");
        JsonNode stampedeUse = stampede.path("uses").get(0);
        assertThat(stampedeUse.path("key").asText()).isEqualTo("{prefix}:lock:musics:{id}");
        assertThat(stampedeUse.path("maxLease").path("millis").asLong()).isEqualTo(120_000);
        assertThat(stampedeUse.path("onTimeout").asText()).isEqualTo("LOAD");
        assertThat(stampedeUse.path("whenRedisDown").asText()).isEqualTo("PROCEED");
    }

    @Test
    void humanReports_sample_writtenToTheReportDirectory(@TempDir Path dir) throws Exception {
        assertThat(compileWithReportDir(dir, sample())).succeeded();

        String markdown = Files.readString(dir.resolve("cache-keys.md"));
        String html = Files.readString(dir.resolve("cache-keys.html"));
        assertThat(markdown)
                .startsWith("# Redis keys written by this code\n")
                .contains("4 caches, 2 counters, 1 board, 4 locks.")
                .contains("| `MusicService.find(long)` | MusicService.java:16 | `{prefix}:{version}:musics:{id}` | 10m"
                        + " | 30s | cached for 30s | lock `{prefix}:lock:musics:{id}`, lease 30s, max lease 2m, wait 5s,"
                        + " on timeout LOAD, Redis down: PROCEED, refresh ahead 1m |")
                .contains("lock `{prefix}:lock:music-charts:{week}`, lease 30s (default), max lease 10 leases"
                        + " (default), wait 10s (default), on timeout LOAD, Redis down: PROCEED, early refresh (beta"
                        + " 2.0), stale if error, keep stale 10m |")
                .contains("| `music-import` | lock | `{prefix}:lock:music-import` | 1m | 30m | 0s | fails | FAIL |")
                .contains("| `music-lists` | stampede | `{prefix}:lock:music-lists:all` | 30s (default) | 10 leases"
                        + " (default) | 5s | STALE | FAIL |")
                .contains("| `MusicService.delete(long)` | MusicService.java:34 | all entries | before the call |")
                .contains("## Every key\n\n| Key | Redis type | Kind | Name |")
                .contains(
                        "| `{prefix}:counter-unique:visitors:{day}` | string (HyperLogLog) | counter-unique | `visitors` |")
                .contains(
                        "| `visitors` | counter + HyperLogLog | `{prefix}:counter:visitors:{day}` | `{visitorId}` into"
                                + " `{prefix}:counter-unique:visitors:{day}` |");
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<h3>musics</h3>")
                .contains("<td><code>{prefix}:counter:visitors:{day}</code></td>")
                .contains("<code>List&lt;Music&gt;</code>")
                .contains("<th>Max lease</th><th>Wait</th><th>On timeout</th><th>Redis down</th>")
                .contains("early refresh (beta 2.0), stale if error, keep stale 10m</td>")
                .endsWith("</html>\n");
    }

    private static java.util.List<String> names(JsonNode array) {
        java.util.List<String> names = new java.util.ArrayList<>();
        array.forEach(node -> names.add(node.path("name").asText()));
        return names;
    }
}
