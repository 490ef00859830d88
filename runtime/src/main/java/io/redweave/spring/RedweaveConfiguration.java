package io.redweave.spring;

import io.redweave.Cache;
import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import java.util.Map;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.AdviceMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportAware;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * The beans {@link EnableRedweave} adds: the running {@link Redweave} (started from the
 * Environment, closed with the context), its default {@link Cache}, its {@code RedissonClient}, and
 * the start-up check of advice order and weaving.
 */
@Configuration(proxyBeanMethods = false)
class RedweaveConfiguration implements ImportAware {

    static final String REDWEAVE_BEAN = "redweave";

    private AdviceMode mode = AdviceMode.PROXY;
    private RedweaveConfig.WeavingCheck weavingCheck;

    @Override
    public void setImportMetadata(AnnotationMetadata metadata) {
        Map<String, Object> attributes = metadata.getAnnotationAttributes(EnableRedweave.class.getName());
        if (attributes != null) {
            mode = (AdviceMode) attributes.get("mode");
        }
    }

    @Bean(name = REDWEAVE_BEAN, destroyMethod = "close")
    Redweave redweave(Environment environment) {
        RedweaveConfig config = EnvironmentConfig.read(environment);
        weavingCheck = config.weavingCheck();
        if (mode == AdviceMode.PROXY) {
            // classes served by proxies are not woven; the start-up check reports the others instead
            config = config.toBuilder()
                    .weavingCheck(RedweaveConfig.WeavingCheck.OFF)
                    .build();
        }
        return Redweave.start(config);
    }

    @Bean(destroyMethod = "")
    Cache redweaveCache(Redweave redweave) {
        return redweave.cache();
    }

    /** Closed by {@link Redweave#close()}, not by Spring (which would call {@code shutdown()} too). */
    @Bean(destroyMethod = "")
    RedissonClient redweaveRedisson(Redweave redweave) {
        return redweave.redisson();
    }

    /** Takes the {@code redweave} bean so that it runs after {@link #redweave} read the configuration. */
    @Bean
    RedweaveStartupCheck redweaveStartupCheck(ConfigurableListableBeanFactory beanFactory, Redweave redweave) {
        return new RedweaveStartupCheck(beanFactory, mode == AdviceMode.PROXY ? weavingCheck : null);
    }
}
