package io.redweave.internal.count;

/**
 * What one method counts: its {@code @Counter} and its {@code @Ranked}, either possibly absent. Runs
 * the method, then counts whatever the annotations' {@code on} selects; a failure to count (a member
 * that cannot become text) never hides the method's own exception.
 */
public final class CountingPlan {

    private final CounterOperation counter;
    private final RankedOperation ranked;

    CountingPlan(CounterOperation counter, RankedOperation ranked) {
        this.counter = counter;
        this.ranked = ranked;
    }

    /** Runs {@code method} and counts the call. */
    public Object invoke(Object[] args, Invocation method) throws Throwable {
        Object result;
        try {
            result = method.proceed();
        } catch (Throwable thrown) {
            try {
                count(args, null, true);
            } catch (RuntimeException e) {
                thrown.addSuppressed(e);
            }
            throw thrown;
        }
        count(args, result, false);
        return result;
    }

    private void count(Object[] args, Object result, boolean failed) {
        if (counter != null && counter.countsOn(failed)) {
            counter.count(args, result);
        }
        if (ranked != null && ranked.countsOn(failed)) {
            ranked.rank(args, result);
        }
    }

    /** The advised method. */
    @FunctionalInterface
    public interface Invocation {
        /** Runs the method. */
        Object proceed() throws Throwable;
    }
}
