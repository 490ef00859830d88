package io.redweave.internal.aspect;

import java.lang.reflect.Method;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.reflect.CodeSignature;
import org.aspectj.lang.reflect.MethodSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the advice needs from a join point, the same under AspectJ weaving and Spring AOP proxies. */
final class Advised {

    private static final Logger LOG = LoggerFactory.getLogger("io.redweave.advice");
    private static volatile boolean warnedNotStarted;

    private Advised() {}

    static Method method(ProceedingJoinPoint pjp) {
        return ((MethodSignature) pjp.getSignature()).getMethod();
    }

    /**
     * Parameter names: from the join point's signature (ajc reads them from debug information, Spring
     * from its name discoverer), else from reflection ({@code -parameters}).
     */
    static String[] parameterNames(ProceedingJoinPoint pjp) {
        String[] names = ((CodeSignature) pjp.getSignature()).getParameterNames();
        if (names != null && names.length == method(pjp).getParameterCount()) {
            return names;
        }
        java.lang.reflect.Parameter[] params = method(pjp).getParameters();
        String[] reflected = new String[params.length];
        for (int i = 0; i < params.length; i++) {
            reflected[i] = params[i].getName();
        }
        return reflected;
    }

    /** Logs once that an advised method ran before Redweave was started. */
    static void notStarted(ProceedingJoinPoint pjp) {
        if (!warnedNotStarted) {
            warnedNotStarted = true;
            LOG.warn(
                    "{} ran before Redweave.start(): Redweave annotations do nothing until it is started",
                    pjp.getSignature().toShortString());
        }
    }
}
