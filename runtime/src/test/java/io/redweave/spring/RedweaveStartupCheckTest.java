package io.redweave.spring;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedweaveConfig;
import io.redweave.internal.weaving.UnwovenClasses;
import io.redweave.spring.proxied.ClassCatalog;
import io.redweave.spring.proxied.InterfaceCatalog;
import io.redweave.spring.woven.WovenCatalog;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aop.Advisor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/** The start-up check: advice order against transactions, and annotated classes nothing advises. */
class RedweaveStartupCheckTest {

    @TempDir
    Path dir;

    private static final MethodInterceptor PROCEED = MethodInvocation::proceed;

    private static RedweaveAdvisor advisor(RedweaveAspects.Placement placement, String name) {
        return new RedweaveAdvisor(new DefaultPointcutAdvisor(Pointcut.TRUE, PROCEED), placement, name, 0);
    }

    private static Advisor transaction() {
        return new DefaultPointcutAdvisor(new TransactionInterceptor());
    }

    @Test
    void checkTransactionOrder_lockAdviceInsideTheTransaction_failsNamingTheFix() {
        Advisor[] chain = {transaction(), advisor(RedweaveAspects.Placement.AROUND_TRANSACTION, "LockingAspect.locked")
        };

        assertThatThrownBy(() -> RedweaveStartupCheck.checkTransactionOrder("orders", chain))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LockingAspect.locked")
                .hasMessageContaining("released before the commit")
                .hasMessageContaining("bean 'orders'")
                .hasMessageContaining("@EnableRedweave(order = ...)");
    }

    @Test
    void checkTransactionOrder_lockOutsideAndCachingInside_passes() {
        Advisor[] chain = {
            advisor(RedweaveAspects.Placement.AROUND_TRANSACTION, "LockingAspect.locked"),
            transaction(),
            advisor(RedweaveAspects.Placement.INSIDE_TRANSACTION, "CachingAspect.cached")
        };

        assertThatCode(() -> RedweaveStartupCheck.checkTransactionOrder("orders", chain))
                .doesNotThrowAnyException();
    }

    @Test
    void afterSingletonsInstantiated_failPolicy_reportsOnlyClassesNeitherWovenNorProxied() throws IOException {
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
        ProxyFactory proxy = new ProxyFactory(new ClassCatalog());
        proxy.setProxyTargetClass(true);
        proxy.addAdvisor(advisor(RedweaveAspects.Placement.INSIDE_TRANSACTION, "CachingAspect.cached"));
        beanFactory.registerSingleton("classCatalog", proxy.getProxy());

        try (URLClassLoader loader = listing(ClassCatalog.class, InterfaceCatalog.class, WovenCatalog.class)) {
            beanFactory.setBeanClassLoader(loader);
            RedweaveStartupCheck check = new RedweaveStartupCheck(beanFactory, RedweaveConfig.WeavingCheck.FAIL);

            assertThatThrownBy(check::afterSingletonsInstantiated)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("1 class(es)")
                    .hasMessageContaining(InterfaceCatalog.class.getName())
                    .hasMessageContaining("Make them Spring beans");
        }
    }

    @Test
    void afterSingletonsInstantiated_warnPolicy_startsAnyway() throws IOException {
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
        try (URLClassLoader loader = listing(InterfaceCatalog.class)) {
            beanFactory.setBeanClassLoader(loader);
            RedweaveStartupCheck check = new RedweaveStartupCheck(beanFactory, RedweaveConfig.WeavingCheck.WARN);

            assertThatCode(check::afterSingletonsInstantiated).doesNotThrowAnyException();
        }
    }

    /** A loader whose processor index lists {@code classes}, as a user's jar would. */
    private URLClassLoader listing(Class<?>... classes) throws IOException {
        Path index = dir.resolve(UnwovenClasses.INDEX);
        Files.createDirectories(index.getParent());
        Files.write(index, java.util.Arrays.stream(classes).map(Class::getName).toList());
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }
}
