package io.redweave.internal.aspect;

import io.redweave.RedweaveException;
import io.redweave.internal.RedweaveRuntime;
import io.redweave.internal.key.Names;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.SuppressAjWarnings;

/**
 * The advice for {@code @Locked}: finds the method's compiled lock operation and runs the call
 * under it. {@link AspectOrder} puts it outermost, before counting and caching, so a locked
 * method's cache read, load and counts all happen while the lock is held.
 *
 * <p>Advice that matches nothing in a build (an application that never uses {@code @Locked}, say) is
 * expected, not a weaving failure, so ajc's {@code adviceDidNotMatch} warning is suppressed on every
 * advice; classes that were not woven are reported at start-up instead.
 */
@Aspect
public class LockingAspect {

    /** Mutual exclusion around an {@code @Locked} method. */
    @SuppressAjWarnings("adviceDidNotMatch")
    @Around("execution(@io.redweave.annotations.Locked * *(..))")
    public Object locked(ProceedingJoinPoint pjp) throws Throwable {
        RedweaveRuntime runtime = RedweaveRuntime.current();
        if (runtime == null) {
            Advised.notStarted(pjp);
            return pjp.proceed();
        }
        return runtime.lockOperations()
                .locked(Advised.method(pjp), () -> Advised.parameterNames(pjp))
                .invoke(pjp.getArgs(), pjp::proceed);
    }

    /**
     * {@code @StampedeLock} works through {@code @Cached}; alone it would silently do nothing, so its
     * first call fails with the fix instead.
     */
    @SuppressAjWarnings("adviceDidNotMatch")
    @Around("execution(@io.redweave.annotations.StampedeLock * *(..))"
            + " && !execution(@io.redweave.annotations.Cached * *(..))")
    public Object stampedeWithoutCache(ProceedingJoinPoint pjp) throws Throwable {
        if (RedweaveRuntime.current() == null) {
            return pjp.proceed();
        }
        // Names.where reads "@StampedeLock(name="") on Type.method(...)": keep what follows "on "
        String where = Names.where("@StampedeLock", "", Advised.method(pjp));
        throw new RedweaveException(String.format(
                "%s has @StampedeLock without @Cached; @StampedeLock guards the loads of a cache, so add"
                        + " @Cached(name = ...) to the method, or use @Locked for plain mutual exclusion",
                where.substring(where.indexOf(" on ") + 4)));
    }
}
