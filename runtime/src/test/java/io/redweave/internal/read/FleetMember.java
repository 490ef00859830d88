package io.redweave.internal.read;

import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * One JVM of a test fleet, started by {@link StampedeFleetTest} with the test's own class path.
 * Arguments: {@code mode prefix single|cluster url[,url...] [threads]}. Modes {@code cold} and
 * {@code failing} start their threads together on the test's signal and count in Redis each caller
 * that got the expected value; {@code held} and {@code long} make one call. Exits 0 when every call
 * went as expected.
 */
public final class FleetMember {

    private FleetMember() {}

    public static void main(String[] args) throws Exception {
        List<String> urls = Arrays.asList(args[3].split(","));
        RedweaveConfig.Builder config =
                RedweaveConfig.builder().keyPrefix(args[1]).weavingCheck(RedweaveConfig.WeavingCheck.OFF);
        config = args[2].equals("cluster") ? config.clusterNodes(urls) : config.redisUrl(urls.get(0));
        FleetService service = new FleetService();
        boolean ok;
        try (Redweave redweave = Redweave.start(config.build())) {
            ok = switch (args[0]) {
                case "cold" -> together(Integer.parseInt(args[4]), service::cold, "cold-1");
                case "failing" -> together(Integer.parseInt(args[4]), service::failing, "failing-2");
                case "held" -> service.held().startsWith("held-");
                case "long" -> service.longLoad().equals("long-1");
                default -> throw new IllegalArgumentException("unknown mode " + args[0]);
            };
        }
        System.exit(ok ? 0 : 1);
    }

    /** Runs {@code threads} callers that start at the test's signal; whether all got {@code expected}. */
    private static boolean together(int threads, Supplier<String> call, String expected) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                awaitQuietly(go);
                FleetService.incr("arrived");
                if (expected.equals(call.get())) {
                    FleetService.incr("got");
                }
            });
            t.start();
            callers.add(t);
        }
        FleetService.incr("ready");
        FleetService.blockUntilPushed("go", 60);
        go.countDown();
        for (Thread t : callers) {
            t.join();
        }
        return true;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
