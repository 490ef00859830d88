package io.redweave.demo;

import io.redweave.RedweaveConfig;

/**
 * Runs the demo: {@code java -jar redweave-demo.jar}. Settings come from the environment ({@code
 * PORT}, {@code REDWEAVE_REDIS_URL}, {@code DATABASE_URL}, ...; see {@link Settings}).
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        DemoServer server = DemoServer.start(Settings.fromEnvironment(System.getenv()), RedweaveConfig.load());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "redweave-demo-shutdown"));
    }
}
