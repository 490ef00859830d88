package io.redweave.examples;

import static org.assertj.core.api.Assertions.assertThat;

/** Edits of an example's pom, for the variants the tests build and compare. */
final class PomEdits {

    private static final String OPEN = "      <plugin>\n";
    private static final String CLOSE = "      </plugin>\n";

    private PomEdits() {}

    /** {@code pom} without the build plugin {@code artifactId} (its whole {@code <plugin>} element). */
    static String withoutPlugin(String pom, String artifactId) {
        int artifact = pom.indexOf("<artifactId>" + artifactId + "</artifactId>");
        assertThat(artifact).as("%s in the pom", artifactId).isPositive();
        int start = pom.lastIndexOf(OPEN, artifact);
        int end = pom.indexOf(CLOSE, artifact) + CLOSE.length();
        return pom.substring(0, start) + pom.substring(end);
    }
}
