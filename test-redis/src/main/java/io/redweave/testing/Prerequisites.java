package io.redweave.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine before it can say anything, such as Chromium for a browser
 * test. On a developer's machine a missing prerequisite skips the test with the reason; under CI
 * (the environment variable {@code CI} set to {@code true}) it fails the test with the same reason,
 * so a broken set-up can never turn a red run into a quietly skipped one.
 */
public final class Prerequisites {

    private Prerequisites() {}

    /**
     * Continues when {@code met}; otherwise skips the test locally and fails it under CI.
     *
     * @param met whether the prerequisite is there
     * @param reason what is missing and how to provide it, e.g. "Chromium is not installed: run
     *     demo-app/ci/install-browser.sh"
     */
    public static void require(boolean met, String reason) {
        if (met) {
            return;
        }
        if (underCi()) {
            Assertions.fail("prerequisite missing under CI=true: " + reason);
        }
        Assumptions.abort(reason + " (skipped; with CI=true this fails)");
    }

    /** Whether this JVM runs under CI: {@code CI=true} in the environment. */
    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
