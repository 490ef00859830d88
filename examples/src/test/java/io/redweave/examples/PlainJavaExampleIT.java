package io.redweave.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.examples.ExampleProject.AppRun;
import io.redweave.examples.ExampleProject.MavenOutput;
import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** {@code examples/plain-java}: the README's quick start, woven at build time. */
class PlainJavaExampleIT {

    private static final String APP = "com.example.App";

    private static RedisServer redis;
    private static Jedis jedis;
    private static ExampleProject woven;
    private static MavenOutput wovenBuild;

    @BeforeAll
    static void buildTheExample() {
        redis = RedisServers.startDedicated();
        jedis = new Jedis(URI.create(redis.uri()));
        woven = ExampleProject.copy("plain-java", "plain-java");
        wovenBuild = woven.build("process-classes");
    }

    @AfterAll
    static void stopRedis() {
        jedis.close();
        redis.stop();
    }

    @BeforeEach
    void emptyRedis() {
        jedis.flushAll();
    }

    @Test
    void build_withTheReadmePom_succeedsWithoutAnyWarning() {
        assertThat(wovenBuild.exitCode()).as(wovenBuild.text()).isZero();
        assertThat(wovenBuild.warnings()).as(wovenBuild.text()).isEmpty();
    }

    @Test
    void main_twoCalls_runsGreetOnceAndStoresItsKeyForTenMinutes() {
        AppRun run = run(woven);

        assertThat(run.stdout().lines()).containsExactly("Hello, Ada!", "Hello, Ada!", "greet ran 1 time(s)");
        assertThat(run.stderr()).doesNotContain("not woven");
        assertThat(jedis.keys("*")).containsExactly(":1:greetings:Ada");
        assertThat(jedis.get(":1:greetings:Ada")).isEqualTo("\"Hello, Ada!\"");
        assertThat(jedis.pttl(":1:greetings:Ada")).isBetween(590_000L, 600_000L);
    }

    @Test
    void main_secondRun_readsBothCallsFromRedis() {
        run(woven);

        assertThat(run(woven).stdout()).contains("greet ran 0 time(s)");
    }

    @Test
    void main_builtWithoutTheWeaver_namesTheUnwovenClassAtStartUp() {
        ExampleProject unwoven = ExampleProject.copy("plain-java", "plain-java-without-weaver");
        unwoven.edit("pom.xml", pom -> PomEdits.withoutPlugin(pom, "aspectj-maven-plugin"));
        MavenOutput build = unwoven.build("process-classes");
        assertThat(build.exitCode()).as(build.text()).isZero();

        AppRun run = run(unwoven);

        assertThat(run.stderr())
                .contains("1 class(es) carry Redweave annotations but were not woven")
                .contains("com.example.App$Greeter");
        assertThat(run.stdout()).contains("greet ran 2 time(s)");
        assertThat(jedis.keys("*")).isEmpty();
    }

    /**
     * Edit and rebuild without {@code clean}: a second {@code @Cached} method above the first, then
     * {@code mvn process-classes} again. The new method takes the first closure's name, and without
     * the README's clean-plugin execution the previous build's closure of that name survives and
     * calls a method that is gone ({@code NoSuchMethodError: ...greet_aroundBody0}).
     */
    @Test
    void processClasses_afterAddingACachedMethodAboveTheFirst_runsBothMethods() {
        ExampleProject project = ExampleProject.copy("plain-java", "plain-java-rebuilt");
        assertThat(project.build("process-classes").exitCode()).isZero();
        project.edit("src/main/java/com/example/App.java", PlainJavaExampleIT::withShoutAboveGreet);

        MavenOutput rebuild = project.build("process-classes");
        AppRun run = run(project);

        assertThat(rebuild.exitCode()).as(rebuild.text()).isZero();
        assertThat(rebuild.warnings()).as(rebuild.text()).isEmpty();
        assertThat(run.stderr()).doesNotContain("Exception", "Error");
        assertThat(run.stdout().lines())
                .containsExactly("HELLO, ADA!", "Hello, Ada!", "Hello, Ada!", "greet ran 1 time(s)");
        assertThat(jedis.keys("*")).containsExactlyInAnyOrder(":1:greetings:Ada", ":1:shouts:Ada");
    }

    private static AppRun run(ExampleProject project) {
        AppRun run = project.run(APP, List.of(), Map.of("REDWEAVE_REDIS_URL", redis.uri()));
        assertThat(run.exitCode()).as("%s%n%s", run.stdout(), run.stderr()).isZero();
        return run;
    }

    private static String withShoutAboveGreet(String app) {
        String greet = "        @Cached(name = \"greetings\"";
        String shout = String.join(
                "\n",
                "        @Cached(name = \"shouts\", key = \"{name}\", ttl = \"10m\")",
                "        public String shout(String name) {",
                "            return \"HELLO, \" + name.toUpperCase() + \"!\";",
                "        }",
                "",
                greet);
        String firstCall = "            System.out.println(greeter.greet(\"Ada\"));   // runs";
        assertThat(app).contains(greet, firstCall);
        return app.replace(greet, shout)
                .replace(firstCall, "            System.out.println(greeter.shout(\"Ada\"));\n" + firstCall);
    }
}
