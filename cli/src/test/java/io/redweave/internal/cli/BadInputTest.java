package io.redweave.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad arguments and an unreachable Redis: a clear message and an exit code, never a stack trace. */
class BadInputTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void audit_unreachableRedis_partialExitCodeAndMessage() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        int code = run("audit", "redis://127.0.0.1:" + port);

        assertThat(code).isEqualTo(3);
        assertThat(out.toString())
                .startsWith("PARTIAL: redis://127.0.0.1:" + port)
                .contains("cannot reach Redis at redis://127.0.0.1:" + port + " (Connection refused)");
        assertNoStackTrace();
    }

    @Test
    void audit_notANumber_usageErrorNamingTheOption() {
        int code = run("audit", "--rate", "fast");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--rate': 'fast'");
        assertNoStackTrace();
    }

    @Test
    void audit_negativeCount_usageErrorNamingTheFix() {
        int code = run("audit", "redis://127.0.0.1:1", "--count", "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("scanCount 0 is not positive; use 1 or more");
        assertNoStackTrace();
    }

    @Test
    void audit_badTimeout_usageError() {
        int code = run("audit", "redis://127.0.0.1:1", "--timeout", "soon");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("soon");
        assertNoStackTrace();
    }

    @Test
    void report_missingReport_namedWithTheFix() {
        int code = run("report", "--report", "/nowhere/app.jar");

        assertThat(code).isEqualTo(3);
        assertThat(out.toString())
                .contains("/nowhere/app.jar does not exist; give a cache-keys.json, a jar or a directory");
    }

    @Test
    void unknownCommand_usageError() {
        assertThat(run("purge")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument at index 0: 'purge'");
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
    }

    private void assertNoStackTrace() {
        assertThat(out.toString() + err.toString()).doesNotContain("\tat ").doesNotContain("Exception:");
    }
}
