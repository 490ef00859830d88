package io.redweave.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.redweave.fixtures.ClockedRuntime;
import io.redweave.testing.AllTopologies;
import io.redweave.testing.RedisServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.redisson.client.codec.StringCodec;

/**
 * {@code @StampedeLock} across JVMs: the test starts {@link FleetMember} processes on its own class
 * path and is itself a member. Loads are counted in Redis, outside every JVM.
 */
class StampedeFleetTest {

    private final List<Process> members = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();
    private final FleetService service = new FleetService();
    private ClockedRuntime rt;
    private RedisServer redis;

    @AfterEach
    void stopMembers() {
        members.forEach(Process::destroyForcibly);
        if (rt != null) {
            rt.close();
        }
    }

    @ParameterizedTest
    @AllTopologies
    void cold_twoJvmsOfFiftyThreadsMissTogether_loadOnceAndEveryCallerGetsTheValue(RedisServer redis) throws Exception {
        start(redis);
        Process a = spawn("cold", "50");
        Process b = spawn("cold", "50");
        await().atMost(Duration.ofSeconds(60)).until(() -> counter("ready") == 2);

        push("go", 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> counter("arrived") == 100);
        push("cold:release", 5);

        assertExitsCleanly(a);
        assertExitsCleanly(b);
        assertThat(counter("cold:loads")).isEqualTo(1);
        assertThat(counter("got")).isEqualTo(100);
    }

    @ParameterizedTest
    @AllTopologies
    void held_holderKilledWhileLoading_aWaiterLoadsOnceTheLeaseEnds(RedisServer redis) throws Exception {
        start(redis);
        Process holder = spawn("held");
        await().atMost(Duration.ofSeconds(60)).until(() -> counter("held:loads") == 1);
        CompletableFuture<String> waiter = CompletableFuture.supplyAsync(service::held);
        // the holder's 1 s lease is renewed while its JVM lives
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> !waiter.isDone());

        holder.destroyForcibly().waitFor(); // SIGKILL: no finally block, no release, no more renewals
        await().until(waiter::isDone);

        // the waiter's own 20 s wait has not run out: the end of the holder's lease let it load
        assertThat(waiter.join()).isEqualTo("held-2");
        assertThat(counter("held:loads")).isEqualTo(2);
    }

    @ParameterizedTest
    @AllTopologies
    void longLoad_loadOutlivesItsLease_noSecondLoaderWhileTheHolderLives(RedisServer redis) throws Exception {
        start(redis);
        Process holder = spawn("long");
        await().atMost(Duration.ofSeconds(60)).until(() -> counter("long:loads") == 1);
        CompletableFuture<String> waiter = CompletableFuture.supplyAsync(service::longLoad);

        // four leases of 500 ms pass; the holder keeps its lock, so nobody else loads
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(3))
                .until(() -> counter("long:loads") == 1 && lockExists("long") && !waiter.isDone());
        push("long:finish", 1);

        await().until(waiter::isDone);
        assertThat(waiter.join()).isEqualTo("long-1");
        assertExitsCleanly(holder);
        assertThat(counter("long:loads")).isEqualTo(1);
    }

    @ParameterizedTest
    @AllTopologies
    void failing_loadThrowsWhileAnotherJvmWaits_callerGetsItAndOneWaiterLoads(RedisServer redis) throws Exception {
        start(redis);
        Process member = spawn("failing", "50");
        await().atMost(Duration.ofSeconds(60)).until(() -> counter("ready") == 1);
        CompletableFuture<String> loader = CompletableFuture.supplyAsync(service::failing);
        await().atMost(Duration.ofSeconds(10)).until(() -> counter("failing:loads") == 1);
        push("go", 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> counter("arrived") == 50);

        push("failing:fail", 1);

        await().until(loader::isDone);
        assertThatThrownBy(loader::join).hasRootCauseMessage("first load fails");
        assertExitsCleanly(member); // its callers wait up to 10 minutes: the release ended their wait

        assertThat(counter("got")).isEqualTo(50);
        assertThat(counter("failing:loads")).isEqualTo(2);
        assertThat(lockExists("failing")).isFalse();
    }

    private void start(RedisServer server) {
        redis = server;
        rt = ClockedRuntime.start(server);
    }

    private Process spawn(String mode, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                FleetMember.class.getName(),
                mode,
                rt.prefix(),
                redis.isCluster() ? "cluster" : "single",
                String.join(",", redis.nodeUris())));
        cmd.addAll(List.of(extra));
        File log = Files.createTempFile("fleet-" + mode, ".log").toFile();
        log.deleteOnExit();
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        members.add(p);
        logs.add(log.toPath());
        return p;
    }

    private void assertExitsCleanly(Process p) throws Exception {
        boolean exited = p.waitFor(30, TimeUnit.SECONDS);
        String log = Files.readString(logs.get(members.indexOf(p)), StandardCharsets.UTF_8);
        assertThat(exited).as("member exited; its log:%n%s", log).isTrue();
        assertThat(p.exitValue()).as("exit code; member log:%n%s", log).isZero();
    }

    private long counter(String name) {
        return rt.client().getAtomicLong(rt.prefix() + ":test:" + name).get();
    }

    private void push(String list, int times) {
        var queue = rt.client().<String>getBlockingQueue(rt.prefix() + ":test:" + list, StringCodec.INSTANCE);
        for (int i = 0; i < times; i++) {
            queue.add("go");
        }
    }

    private boolean lockExists(String key) {
        return rt.client().getKeys().countExists(rt.prefix() + ":lock:fleet:" + key) == 1;
    }
}
