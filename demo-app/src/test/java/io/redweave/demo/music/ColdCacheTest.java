package io.redweave.demo.music;

import static io.redweave.demo.support.DemoFixture.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import io.redweave.demo.support.Metrics;
import io.redweave.demo.support.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tutorial's stampede: 15 concurrent requests on a cold cache. */
@ExtendWith(DemoExtension.class)
class ColdCacheTest {

    private static final String LOADS = "redweave_cache_loads_seconds_count{cache=\"musics\"}";

    @Test
    void coldCache_fifteenConcurrentRequests_loadTheDatabaseOnce(DemoFixture demo) throws Exception {
        WebClient web = demo.client();
        // a write evicts the cached list: add a row and delete it again
        String created = MusicApiTest.post(web, "{\"song\": \"evict\", \"singer\": \"evict\"}")
                .headers()
                .firstValue("Location")
                .orElseThrow();
        web.send("DELETE", created, new byte[0], "Authorization", AUTH);
        long before = Metrics.value(web, LOADS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(15);
        try {
            List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 15)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> {
                                await(start);
                                return demo.client()
                                        .get(
                                                "/api/musics/",
                                                "Authorization",
                                                AUTH,
                                                "Accept",
                                                "application/json;version=1.0");
                            },
                            pool))
                    .toList();
            start.countDown();

            List<HttpResponse<String>> answers =
                    calls.stream().map(CompletableFuture::join).toList();

            assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
            assertThat(answers.stream().map(HttpResponse::body).distinct()).hasSize(1);
            assertThat(Metrics.value(web, LOADS) - before).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
