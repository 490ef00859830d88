package io.redweave.internal.aspect;

import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import org.aspectj.lang.ProceedingJoinPoint;
import org.springframework.aop.aspectj.MethodInvocationProceedingJoinPoint;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodClassKey;

/**
 * Maps the interface method that a Spring JDK proxy reports to the target class's implementation.
 * The only class of the advice that names Spring types; {@link Advised} touches it only when Spring
 * AOP is on the class path. Lookups are cached, since {@code getMethod} copies on every call.
 */
final class SpringTargetMethod {

    private static final ConcurrentHashMap<MethodClassKey, Method> RESOLVED = new ConcurrentHashMap<>();

    private SpringTargetMethod() {}

    static Method resolve(ProceedingJoinPoint pjp, Method declared) {
        // an ajc join point on an interface's default method already names the executing method
        if (!(pjp instanceof MethodInvocationProceedingJoinPoint) || pjp.getTarget() == null) {
            return declared;
        }
        Class<?> targetClass = pjp.getTarget().getClass();
        return RESOLVED.computeIfAbsent(
                new MethodClassKey(declared, targetClass), k -> AopUtils.getMostSpecificMethod(declared, targetClass));
    }
}
