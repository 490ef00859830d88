package io.redweave.spring;

import io.redweave.internal.weaving.UnwovenClasses;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import org.aopalliance.aop.Advice;
import org.springframework.aop.Pointcut;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.StaticMethodMatcher;

/**
 * One advice method of a Redweave aspect as a Spring advisor: the advisor Spring derives from the
 * {@code @Around} pointcut, narrowed to methods that carry a Redweave annotation themselves (ajc does
 * not see annotations on interface methods, so neither does the proxy) and whose class was not woven
 * (woven code already runs the advice; proxying it too would advise each call twice).
 */
final class RedweaveAdvisor extends AbstractPointcutAdvisor {

    private static final String ANNOTATIONS = "io.redweave.annotations";

    private static final ClassValue<Boolean> WOVEN = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return UnwovenClasses.isWoven(type);
        }
    };

    private final PointcutAdvisor aspectAdvisor;
    private final Pointcut pointcut;
    private final RedweaveAspects.Placement placement;
    private final String name;

    RedweaveAdvisor(PointcutAdvisor aspectAdvisor, RedweaveAspects.Placement placement, String name, int order) {
        this.aspectAdvisor = aspectAdvisor;
        this.pointcut = new ComposablePointcut(aspectAdvisor.getPointcut()).intersection(new UnwovenAnnotated());
        this.placement = placement;
        this.name = name;
        setOrder(order);
    }

    @Override
    public Pointcut getPointcut() {
        return pointcut;
    }

    @Override
    public Advice getAdvice() {
        return aspectAdvisor.getAdvice();
    }

    /** Where this advice belongs against a transaction. */
    RedweaveAspects.Placement placement() {
        return placement;
    }

    /** The aspect and advice method, for messages. */
    String name() {
        return name;
    }

    @Override
    public String toString() {
        return "RedweaveAdvisor[" + name + ", order " + getOrder() + "]";
    }

    /** Matches the method that runs (the target class's) when it is annotated and not woven. */
    private static final class UnwovenAnnotated extends StaticMethodMatcher {
        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
            return annotated(specific) && !WOVEN.get(specific.getDeclaringClass());
        }

        private static boolean annotated(Method method) {
            for (Annotation a : method.getDeclaredAnnotations()) {
                if (a.annotationType().getPackageName().equals(ANNOTATIONS)) {
                    return true;
                }
            }
            return false;
        }
    }
}
