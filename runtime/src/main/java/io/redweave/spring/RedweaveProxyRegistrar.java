package io.redweave.spring;

import java.util.Map;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.AdviceMode;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * In {@link AdviceMode#PROXY} mode, makes sure an auto-proxy creator exists (the one Spring shares
 * with {@code @EnableTransactionManagement}, so Redweave's advice and the transaction advice end up
 * in one proxy, ordered by their order values) and registers {@link RedweaveAdvisorRegistration},
 * which adds the advisors once every configuration class has been read.
 */
class RedweaveProxyRegistrar implements ImportBeanDefinitionRegistrar {

    static final String REGISTRATION_BEAN = "io.redweave.spring.internalAdvisorRegistration";
    private static final String WEAVER = "org.aspectj.weaver.tools.PointcutParser";

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        Map<String, Object> attributes = metadata.getAnnotationAttributes(EnableRedweave.class.getName());
        if (attributes == null || attributes.get("mode") != AdviceMode.PROXY) {
            return;
        }
        requireWeaver();
        AopConfigUtils.registerAutoProxyCreatorIfNecessary(registry);
        if ((Boolean) attributes.get("proxyTargetClass")) {
            AopConfigUtils.forceAutoProxyCreatorToUseClassProxying(registry);
        }
        if (registry.containsBeanDefinition(REGISTRATION_BEAN)) {
            return; // a second @EnableRedweave in the context (the first one's orders hold)
        }
        int order = (Integer) attributes.get("order");
        int cacheOrder = (Integer) attributes.get("cacheOrder");
        RootBeanDefinition registration = new RootBeanDefinition(
                RedweaveAdvisorRegistration.class, () -> new RedweaveAdvisorRegistration(order, cacheOrder));
        registration.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
        registry.registerBeanDefinition(REGISTRATION_BEAN, registration);
    }

    private static void requireWeaver() {
        try {
            Class.forName(WEAVER, false, RedweaveProxyRegistrar.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(String.format(
                    "@EnableRedweave proxies beans with Spring AOP, which reads the Redweave aspects' pointcuts with"
                            + " AspectJ's weaver, and %s is not on the class path; add org.aspectj:aspectjweaver, or"
                            + " weave your classes with ajc and use @EnableRedweave(mode = AdviceMode.ASPECTJ)",
                    WEAVER));
        }
    }
}
