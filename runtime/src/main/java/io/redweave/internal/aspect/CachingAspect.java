package io.redweave.internal.aspect;

import io.redweave.internal.RedweaveRuntime;
import io.redweave.internal.cache.EvictOperation;
import java.lang.reflect.Method;
import java.util.List;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.SuppressAjWarnings;

/**
 * The advice for {@code @Cached}, {@code @CacheEvict} and {@code @CachePut}. It only finds the
 * method's compiled operation and hands the call to it; the protocol lives in the operations.
 *
 * <p>Advice that matches nothing in a build (an application that never uses {@code @Locked}, say) is
 * expected, not a weaving failure, so ajc's {@code adviceDidNotMatch} warning is suppressed on every
 * advice; classes that were not woven are reported at start-up instead.
 */
@Aspect
public class CachingAspect {

    /** Cache-aside around an {@code @Cached} method. */
    @SuppressAjWarnings("adviceDidNotMatch")
    @Around("execution(@io.redweave.annotations.Cached * *(..))")
    public Object cached(ProceedingJoinPoint pjp) throws Throwable {
        RedweaveRuntime runtime = RedweaveRuntime.current();
        if (runtime == null) {
            Advised.notStarted(pjp);
            return pjp.proceed();
        }
        Method method = Advised.method(pjp);
        return runtime.cacheOperations()
                .cached(method, () -> Advised.parameterNames(pjp))
                .invoke(pjp.getArgs(), pjp::proceed);
    }

    /** Evictions around a {@code @CacheEvict} method (one or more annotations). */
    @SuppressAjWarnings("adviceDidNotMatch")
    @Around("execution(@io.redweave.annotations.CacheEvict * *(..))"
            + " || execution(@io.redweave.annotations.CacheEvict.List * *(..))")
    public Object evict(ProceedingJoinPoint pjp) throws Throwable {
        RedweaveRuntime runtime = RedweaveRuntime.current();
        if (runtime == null) {
            Advised.notStarted(pjp);
            return pjp.proceed();
        }
        Object[] args = pjp.getArgs();
        List<EvictOperation> ops =
                runtime.cacheOperations().evicts(Advised.method(pjp), () -> Advised.parameterNames(pjp));
        for (EvictOperation op : ops) {
            if (op.beforeInvocation()) {
                op.evict(args, null);
            }
        }
        Object result = pjp.proceed();
        for (EvictOperation op : ops) {
            if (!op.beforeInvocation()) {
                op.evict(args, result);
            }
        }
        return result;
    }

    /** Stores the result of a {@code @CachePut} method. */
    @SuppressAjWarnings("adviceDidNotMatch")
    @Around("execution(@io.redweave.annotations.CachePut * *(..))")
    public Object put(ProceedingJoinPoint pjp) throws Throwable {
        RedweaveRuntime runtime = RedweaveRuntime.current();
        if (runtime == null) {
            Advised.notStarted(pjp);
            return pjp.proceed();
        }
        Object result = pjp.proceed();
        runtime.cacheOperations()
                .put(Advised.method(pjp), () -> Advised.parameterNames(pjp))
                .put(pjp.getArgs(), result);
        return result;
    }
}
