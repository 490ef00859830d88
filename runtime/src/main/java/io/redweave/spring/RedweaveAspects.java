package io.redweave.spring;

import io.redweave.internal.aspect.CachingAspect;
import io.redweave.internal.aspect.CountingAspect;
import io.redweave.internal.aspect.LockingAspect;
import java.util.List;

/**
 * Redweave's {@code @Aspect} classes and where each belongs against a Spring transaction. Every
 * aspect is registered the same way from this list; an aspect added to the runtime is added here.
 */
final class RedweaveAspects {

    /** Where an aspect's advice runs relative to the transaction advice. */
    enum Placement {
        /** Encloses the transaction: what it holds is released only after the commit. */
        AROUND_TRANSACTION,
        /** Runs inside the transaction: its Redis writes wait for the commit. */
        INSIDE_TRANSACTION
    }

    /** One aspect class and its placement. */
    record Entry(Class<?> aspectClass, Placement placement) {}

    /**
     * Outermost first, as {@code AspectOrder} declares for ajc: within a placement an earlier aspect
     * encloses a later one, so counting sees a call the cache answers, as it does when woven.
     */
    static final List<Entry> ALL = List.of(
            new Entry(LockingAspect.class, Placement.AROUND_TRANSACTION),
            new Entry(CountingAspect.class, Placement.AROUND_TRANSACTION),
            new Entry(CachingAspect.class, Placement.INSIDE_TRANSACTION));

    private RedweaveAspects() {}
}
