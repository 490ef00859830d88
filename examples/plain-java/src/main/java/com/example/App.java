package com.example;

import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import io.redweave.annotations.Cached;

public class App {

    public static class Greeter {
        int runs;

        @Cached(name = "greetings", key = "{name}", ttl = "10m")
        public String greet(String name) {
            runs++;                              // counts the calls that really ran
            return "Hello, " + name + "!";
        }
    }

    public static void main(String[] args) {
        // Defaults: redis://127.0.0.1:6379, empty prefix, version 1, TTL 300 s.
        // Override with REDWEAVE_REDIS_URL=redis://:password@host:6379/0 and friends.
        try (Redweave redweave = Redweave.start(RedweaveConfig.load())) {
            Greeter greeter = new Greeter();
            System.out.println(greeter.greet("Ada"));   // runs the method, stores the value
            System.out.println(greeter.greet("Ada"));   // read from Redis
            System.out.println("greet ran " + greeter.runs + " time(s)");
        }
    }
}
