package io.redweave.internal.processor.check;

import io.redweave.internal.processor.model.AnnotatedMethod;
import java.util.List;

/** A check across every annotated method of the compilation; runs once, in the last round. */
interface CompilationRule {
    void check(List<AnnotatedMethod> methods, Diagnostics diagnostics);
}
