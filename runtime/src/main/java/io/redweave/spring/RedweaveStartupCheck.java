package io.redweave.spring;

import io.redweave.RedweaveConfig;
import io.redweave.internal.weaving.UnwovenClasses;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;

/**
 * Runs once every singleton exists and fails the start-up on what would otherwise go wrong quietly:
 * a proxy whose Redweave advice sits on the wrong side of the transaction advice, and (in proxy mode)
 * an annotated class that is neither woven nor served by a Redweave proxy, whose annotations would
 * do nothing. The second follows {@code redweave.weaving-check}: WARN logs, FAIL throws, OFF skips.
 */
final class RedweaveStartupCheck implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(EnableRedweave.class);
    private static final String TRANSACTION_INTERCEPTOR =
            "org.springframework.transaction.interceptor.TransactionInterceptor";

    private final ConfigurableListableBeanFactory beanFactory;
    private final RedweaveConfig.WeavingCheck weavingCheck;

    /** {@code weavingCheck} is null where no proxies are made (the runtime checked at start). */
    RedweaveStartupCheck(ConfigurableListableBeanFactory beanFactory, RedweaveConfig.WeavingCheck weavingCheck) {
        this.beanFactory = beanFactory;
        this.weavingCheck = weavingCheck;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Set<String> proxied = new HashSet<>();
        for (String name : beanFactory.getSingletonNames()) {
            if (beanFactory.getSingleton(name) instanceof Advised advised && hasRedweaveAdvice(advised)) {
                checkTransactionOrder(name, advised.getAdvisors());
                for (Class<?> c = AopUtils.getTargetClass(advised); c != null; c = c.getSuperclass()) {
                    proxied.add(c.getName());
                }
            }
        }
        if (weavingCheck != null && weavingCheck != RedweaveConfig.WeavingCheck.OFF) {
            reportUnadvised(proxied);
        }
    }

    private static boolean hasRedweaveAdvice(Advised advised) {
        for (Advisor advisor : advised.getAdvisors()) {
            if (advisor instanceof RedweaveAdvisor) {
                return true;
            }
        }
        return false;
    }

    /** Advisors are in call order: the first encloses the rest. */
    static void checkTransactionOrder(String beanName, Advisor[] advisors) {
        int tx = -1;
        for (int i = 0; i < advisors.length; i++) {
            if (isTransactionAdvice(advisors[i].getAdvice())) {
                tx = i;
            }
        }
        if (tx < 0) {
            return;
        }
        int txOrder = advisors[tx] instanceof Ordered o ? o.getOrder() : Ordered.LOWEST_PRECEDENCE;
        for (int i = 0; i < advisors.length; i++) {
            if (advisors[i] instanceof RedweaveAdvisor r) {
                boolean around = r.placement() == RedweaveAspects.Placement.AROUND_TRANSACTION;
                if (around && i > tx) {
                    throw new IllegalStateException(String.format(
                            "%s (order %d) runs inside the transaction advice (order %d) on bean '%s', so what it"
                                    + " holds would be released before the commit; give @EnableRedweave(order = ...)"
                                    + " a value below %d",
                            r.name(), r.getOrder(), txOrder, beanName, txOrder));
                }
                if (!around && i < tx) {
                    throw new IllegalStateException(String.format(
                            "%s (order %d) runs outside the transaction advice (order %d) on bean '%s', so a value"
                                    + " read in a transaction that rolls back could be cached; give"
                                    + " @EnableRedweave(cacheOrder = ...) a value not below %d, or"
                                    + " @EnableTransactionManagement(order = ...) a lower one",
                            r.name(), r.getOrder(), txOrder, beanName, txOrder));
                }
            }
        }
    }

    private static boolean isTransactionAdvice(Object advice) {
        for (Class<?> c = advice.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(TRANSACTION_INTERCEPTOR)) {
                return true;
            }
        }
        return false;
    }

    private void reportUnadvised(Set<String> proxied) {
        List<String> unadvised = new ArrayList<>(UnwovenClasses.unwovenListed(beanFactory.getBeanClassLoader()));
        unadvised.removeIf(proxied::contains);
        if (unadvised.isEmpty()) {
            return;
        }
        String message = String.format(
                "%d class(es) carry Redweave annotations but were neither woven nor proxied as Spring beans, so"
                        + " their annotations do nothing: %s. Make them Spring beans (singletons created at"
                        + " start-up), or weave them with ajc",
                unadvised.size(), String.join(", ", unadvised));
        if (weavingCheck == RedweaveConfig.WeavingCheck.FAIL) {
            throw new IllegalStateException(message);
        }
        LOG.error(message);
    }
}
