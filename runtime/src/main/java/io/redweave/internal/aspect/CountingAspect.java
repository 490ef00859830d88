package io.redweave.internal.aspect;

import io.redweave.internal.RedweaveRuntime;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.SuppressAjWarnings;

/**
 * The advice for {@code @Counter} and {@code @Ranked}: one around advice per call, whichever of the
 * two the method carries, handing the call to the method's compiled plan. It runs outside the
 * caching advice (see {@link AspectOrder}), so a call answered from the cache still counts.
 *
 * <p>Advice that matches nothing in a build (an application that never uses {@code @Locked}, say) is
 * expected, not a weaving failure, so ajc's {@code adviceDidNotMatch} warning is suppressed on every
 * advice; classes that were not woven are reported at start-up instead.
 */
@Aspect
public class CountingAspect {

    /** Counts a {@code @Counter} or {@code @Ranked} method's completed calls. */
    @SuppressAjWarnings("adviceDidNotMatch")
    @Around("execution(@io.redweave.annotations.Counter * *(..))"
            + " || execution(@io.redweave.annotations.Ranked * *(..))")
    public Object count(ProceedingJoinPoint pjp) throws Throwable {
        RedweaveRuntime runtime = RedweaveRuntime.current();
        if (runtime == null) {
            Advised.notStarted(pjp);
            return pjp.proceed();
        }
        return runtime.counting()
                .operations()
                .plan(Advised.method(pjp), () -> Advised.parameterNames(pjp))
                .invoke(pjp.getArgs(), pjp::proceed);
    }
}
