package io.redweave.demo.ops;

import static io.redweave.demo.support.DemoFixture.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import io.redweave.demo.support.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DemoExtension.class)
class OpsTest {

    @Test
    void health_bothUp_saysUp(DemoFixture demo) {
        HttpResponse<String> r = demo.client().get("/health");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .startsWith("{\"status\":\"UP\"")
                .contains("\"redis\":{\"status\":\"UP\"")
                .contains("\"database\":{\"status\":\"UP\"");
    }

    @Test
    void metrics_afterCachedReads_exposePerCacheFiguresAndDegradedCalls(DemoFixture demo) {
        WebClient web = demo.client();
        web.get("/api/musics/", "Authorization", AUTH, "Accept", "application/json;version=1.0");
        web.get("/images/");

        HttpResponse<String> r = web.get("/metrics");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(r.body())
                .contains("redweave_cache_hits_total{cache=\"musics\"}")
                .contains("redweave_cache_misses_total{cache=\"pictures\"}")
                .contains("redweave_cache_errors_total{cache=\"musics\"}")
                .contains("redweave_cache_loads_seconds_count{cache=\"musics\"}")
                .contains("redweave_cache_loads_seconds_sum{cache=\"musics\"}")
                .contains("redweave_degraded_calls_total");
    }

    @Test
    void unknownPage_isA404PageWithoutATrace(DemoFixture demo) {
        HttpResponse<String> r = demo.client().get("/nothing/here");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Nothing is at /nothing/here.").doesNotContain("Exception");
    }
}
