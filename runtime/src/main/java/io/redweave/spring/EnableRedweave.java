package io.redweave.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.AdviceMode;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * Switches Redweave on in a Spring application context. Put it on one {@code @Configuration} class:
 *
 * <pre>{@code
 * @Configuration
 * @EnableRedweave
 * @EnableTransactionManagement
 * class AppConfig { ... }
 * }</pre>
 *
 * <p>The context then starts Redweave when it refreshes and closes it when it closes; the
 * configuration comes from the {@code Environment} ({@code redweave.redis.url}, {@code
 * redweave.key-prefix}, {@code redweave.version}, {@code redweave.default-ttl}, ... with their
 * {@code REDWEAVE_*} environment twins) over an optional {@code redweave.properties}; the beans
 * {@code redweave} ({@link io.redweave.Redweave}), {@code redweaveCache} (the default {@link
 * io.redweave.Cache}) and {@code redweaveRedisson} (the {@code RedissonClient}) can be injected.
 *
 * <p>In {@link AdviceMode#PROXY} mode (the default) every bean whose class carries Redweave
 * annotations but was not woven by ajc is proxied, and the same {@code @Aspect} advice runs as Spring
 * AOP advice; a woven class is never proxied for Redweave, so a call is advised exactly once. This
 * needs {@code org.aspectj:aspectjweaver} on the class path (Spring reads the aspects' pointcuts
 * with it). {@link AdviceMode#ASPECTJ} mode creates no proxies: every annotated class must be woven.
 *
 * <p>Ordering against {@code @Transactional}: the advice that must enclose the transaction ({@code
 * @Locked}, {@code @Counter}, {@code @Ranked}) runs at {@link #order()}, outside the transaction, so
 * a lock is released only after the commit; the caching advice runs at {@link #cacheOrder()},
 * inside the transaction, and its writes wait for the commit (a rollback leaves no entry). The
 * context fails to start when a transaction advisor's order breaks this; see {@code docs/spring.md}.
 *
 * <p>Only one Redweave runs per class loader, so only one context per class loader may use this.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({RedweaveConfiguration.class, RedweaveProxyRegistrar.class})
public @interface EnableRedweave {

    /** How non-woven beans are advised: Spring AOP proxies (the default) or not at all. */
    AdviceMode mode() default AdviceMode.PROXY;

    /** Whether proxies subclass the bean's class (CGLIB) rather than implement its interfaces. */
    boolean proxyTargetClass() default false;

    /**
     * The order of the advice that must run outside a transaction ({@code @Locked}, {@code @Counter},
     * {@code @Ranked}); lower than the transaction advisor's (whose default is {@link
     * Ordered#LOWEST_PRECEDENCE}).
     */
    int order() default Ordered.LOWEST_PRECEDENCE - 100;

    /**
     * The order of the caching advice ({@code @Cached}, {@code @CachePut}, {@code @CacheEvict}); not
     * lower than the transaction advisor's, so that it runs inside the transaction. At an equal order
     * the caching advice is placed inside, since its advisors are registered after every other one.
     */
    int cacheOrder() default Ordered.LOWEST_PRECEDENCE;
}
