package io.redweave.internal.processor.check;

import io.redweave.internal.processor.model.AnnotatedMethod;

/** A check that needs only one method and its annotations; runs in the round that sees the method. */
interface MethodRule {
    void check(AnnotatedMethod method, Diagnostics diagnostics);
}
