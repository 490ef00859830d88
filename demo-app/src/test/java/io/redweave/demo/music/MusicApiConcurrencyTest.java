package io.redweave.demo.music;

import static io.redweave.demo.support.DemoFixture.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import io.redweave.demo.support.LogCapture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Several clients write the same music at the same moment: each gets an answer that is true. */
@ExtendWith(DemoExtension.class)
class MusicApiConcurrencyTest {

    private static final int CLIENTS = 6;
    private static final int ROUNDS = 5;

    @Test
    void delete_sameIdConcurrently_oneIs204AndTheOthers404(DemoFixture demo) throws Exception {
        int mark = LogCapture.mark();
        for (int round = 0; round < ROUNDS; round++) {
            String path = "/api/musics/" + create(demo) + "/";

            List<Integer> statuses = together(demo, i -> "DELETE", path);

            assertThat(statuses).containsOnly(204, 404);
            assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
            assertThat(demo.client().get(path, "Authorization", AUTH).statusCode())
                    .isEqualTo(404);
        }
        assertThat(LogCapture.errorsSince(mark)).isEmpty();
    }

    @Test
    void updateAndDelete_sameIdConcurrently_answerOnlyWhatHappened(DemoFixture demo) throws Exception {
        int mark = LogCapture.mark();
        for (int round = 0; round < ROUNDS; round++) {
            String path = "/api/musics/" + create(demo) + "/";

            List<Integer> statuses = together(demo, i -> i % 2 == 0 ? "DELETE" : "PUT", path);

            assertThat(statuses).isSubsetOf(200, 204, 404);
            assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
        }
        assertThat(LogCapture.errorsSince(mark)).isEmpty();
    }

    private static long create(DemoFixture demo) {
        String body = demo.client()
                .send(
                        "POST",
                        "/api/musics/",
                        "{\"song\":\"race\",\"singer\":\"me\"}".getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        "application/json")
                .body();
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<Integer> together(DemoFixture demo, java.util.function.IntFunction<String> method, String path)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String m = method.apply(i);
                var client = demo.client();
                calls.add(CompletableFuture.supplyAsync(
                        () -> {
                            await(start);
                            byte[] body = "{\"song\":\"renamed\",\"singer\":\"me\"}".getBytes(StandardCharsets.UTF_8);
                            return client.send(m, path, body, "Authorization", AUTH, "Content-Type", "application/json")
                                    .statusCode();
                        },
                        pool));
            }
            List<Integer> out = new ArrayList<>();
            for (CompletableFuture<Integer> c : calls) {
                out.add(c.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
