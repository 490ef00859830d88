package io.redweave.demo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CacheKeyReportTest {

    @Test
    void of_processorReport_givesOneReadableRowPerKeyFamily() throws Exception {
        String json =
                """
                {"format": 1,
                 "caches": [{"name": "musics",
                   "reads": [{"method": "io.demo.MusicService.list()", "key": "{prefix}:{version}:musics:list",
                              "ttl": {"text": "1h", "millis": 3600000}}],
                   "evictions": [{"method": "io.demo.MusicService.create(io.demo.MusicInput)",
                                  "key": "{prefix}:{version}:musics:list"}]}],
                 "counters": [{"name": "click", "key": "{prefix}:counter:click",
                   "uses": [{"method": "io.demo.GalleryService.open()"}]}]}
                """;

        CacheKeyReport report = CacheKeyReport.of(new ObjectMapper().readTree(json));

        assertThat(report.rows())
                .containsExactly(
                        new CacheKeyReport.Row(
                                "cache",
                                "musics",
                                "{prefix}:{version}:musics:list",
                                "1h",
                                "reads: MusicService.list(); evictions: MusicService.create(MusicInput)"),
                        new CacheKeyReport.Row(
                                "counter", "click", "{prefix}:counter:click", "", "uses: GalleryService.open()"));
    }

    @Test
    void load_noReportOnTheClassPath_isEmpty() {
        CacheKeyReport report = CacheKeyReport.load(new ObjectMapper(), new ClassLoader(null) {});

        assertThat(report.isEmpty()).isTrue();
    }
}
