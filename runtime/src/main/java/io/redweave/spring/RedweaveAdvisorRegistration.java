package io.redweave.spring;

import java.lang.reflect.Method;
import java.util.List;
import org.springframework.aop.Advisor;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.aspectj.AbstractAspectJAdvice;
import org.springframework.aop.aspectj.annotation.MetadataAwareAspectInstanceFactory;
import org.springframework.aop.aspectj.annotation.ReflectiveAspectJAdvisorFactory;
import org.springframework.aop.aspectj.annotation.SingletonMetadataAwareAspectInstanceFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * Registers one {@link RedweaveAdvisor} bean per advice method of each aspect in {@link
 * RedweaveAspects}. It runs after the configuration classes were read, so these advisors come after
 * every advisor those declared (the transaction advisor included): at an equal order Spring keeps
 * that sequence, which puts the caching advice inside the transaction.
 *
 * <p>The advice instance is the aspect's {@code aspectOf()} singleton, the one the woven code calls.
 * (The advisors cannot depend on the {@code redweave} bean: the proxy creator looks them up while
 * that bean is being created.)
 */
final class RedweaveAdvisorRegistration implements BeanDefinitionRegistryPostProcessor {

    private final int order;
    private final int cacheOrder;

    RedweaveAdvisorRegistration(int order, int cacheOrder) {
        this.order = order;
        this.cacheOrder = cacheOrder;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        ReflectiveAspectJAdvisorFactory factory = new ReflectiveAspectJAdvisorFactory();
        int outer = 0;
        for (RedweaveAspects.Entry entry : RedweaveAspects.ALL) {
            boolean around = entry.placement() == RedweaveAspects.Placement.AROUND_TRANSACTION;
            // one step apart, outermost first; saturating, so an order near the top cannot wrap round
            int entryOrder = around ? (int) Math.min((long) order + outer++, Integer.MAX_VALUE) : cacheOrder;
            String aspectName = entry.aspectClass().getName();
            MetadataAwareAspectInstanceFactory instances =
                    new SingletonMetadataAwareAspectInstanceFactory(instance(entry.aspectClass()), aspectName);
            List<Advisor> advisors = factory.getAdvisors(instances);
            for (Advisor advisor : advisors) {
                String name = aspectName + "." + adviceName(advisor);
                RedweaveAdvisor redweaveAdvisor =
                        new RedweaveAdvisor((PointcutAdvisor) advisor, entry.placement(), name, entryOrder);
                RootBeanDefinition definition = new RootBeanDefinition(RedweaveAdvisor.class, () -> redweaveAdvisor);
                definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
                registry.registerBeanDefinition("io.redweave.spring.advisor." + name, definition);
            }
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // everything happens at registration
    }

    private static String adviceName(Advisor advisor) {
        return advisor.getAdvice() instanceof AbstractAspectJAdvice advice
                ? advice.getAspectJAdviceMethod().getName()
                : "advice";
    }

    /** The aspect's {@code aspectOf()} singleton (ajc adds it); a new instance where it is missing. */
    private static Object instance(Class<?> aspectClass) {
        try {
            Method aspectOf = aspectClass.getMethod("aspectOf");
            return aspectOf.invoke(null);
        } catch (NoSuchMethodException e) {
            return newInstance(aspectClass);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    String.format("cannot get the %s instance: %s", aspectClass.getName(), e.getCause()), e);
        }
    }

    private static Object newInstance(Class<?> aspectClass) {
        try {
            return aspectClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(String.format("cannot create %s: %s", aspectClass.getName(), e), e);
        }
    }
}
