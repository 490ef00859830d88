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
    private static final boolean SPRING_AOP = present("org.springframework.aop.framework.ReflectiveMethodInvocation");

    private Advised() {}

    /**
     * The annotated method: the executing one under ajc; under a Spring JDK proxy the signature names
     * the interface method, so the target class's implementation is looked up (the annotations, and
     * the key of the compiled operation, belong to it).
     */
    static Method method(ProceedingJoinPoint pjp) {
        Method declared = ((MethodSignature) pjp.getSignature()).getMethod();
        if (SPRING_AOP && declared.getDeclaringClass().isInterface()) {
            return SpringTargetMethod.resolve(pjp, declared);
        }
        return declared;
    }

    /**
     * Parameter names: from the join point's signature (ajc reads them from debug information, Spring
     * from its name discoverer), else from reflection ({@code -parameters}); the signature's names
     * are used only when it names the annotated method itself.
     */
    static String[] parameterNames(ProceedingJoinPoint pjp) {
        Method method = method(pjp);
        String[] names = ((CodeSignature) pjp.getSignature()).getParameterNames();
        boolean sameMethod = method.equals(((MethodSignature) pjp.getSignature()).getMethod());
        if (sameMethod && names != null && names.length == method.getParameterCount()) {
            return names;
        }
        java.lang.reflect.Parameter[] params = method.getParameters();
        String[] reflected = new String[params.length];
        for (int i = 0; i < params.length; i++) {
            reflected[i] = params[i].getName();
        }
        return reflected;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Advised.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
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
