package io.redweave.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import org.junit.jupiter.api.Test;

/** A build whose annotations are all valid must stay silent, or teams learn to ignore the processor. */
class CleanBuildTest {

    @Test
    void sample_everyAnnotationValid_compilesWithoutWarnings() {
        assertThat(javac().withProcessors(new RedweaveProcessor())
                        .withOptions("-Xlint:all")
                        .compile(Compilations.sample()))
                .succeededWithoutWarnings();
    }
}
