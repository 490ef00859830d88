package io.redweave.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.spring.proxied.ProxiedTxCatalog;
import io.redweave.spring.woven.WovenTxCatalog;
import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redisson.api.RedissonClient;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.EnableAspectJAutoProxy;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Caching against real H2 transactions, for a bean whose one Spring proxy holds both the
 * transaction and the caching advice, and for a woven bean inside a transaction-only proxy: a value
 * read in a transaction that rolls back never reaches Redis, and a committed one only after the
 * commit.
 */
class TransactionTest {

    private static RedisServer redis;
    private static AnnotationConfigApplicationContext context;
    private static RedisProbe probe;
    private static JdbcTemplate jdbc;

    @Configuration
    @EnableRedweave
    @EnableTransactionManagement
    @Import(TxBeans.class)
    static class TxConfig {}

    @Configuration
    @Import(JdbcBeans.class)
    static class TxBeans {
        @Bean
        TxCatalog txproxied(JdbcTemplate jdbc) {
            return new ProxiedTxCatalog(jdbc);
        }

        @Bean
        TxCatalog txwoven(JdbcTemplate jdbc) {
            return new WovenTxCatalog(jdbc);
        }
    }

    @BeforeAll
    static void start() {
        redis = RedisServers.startDedicated();
        context = SpringContexts.start(redis, TxConfig.class);
        probe = new RedisProbe(context.getBean(RedissonClient.class));
        jdbc = context.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
        redis.stop();
    }

    private static TxCatalog catalog(String name) {
        return context.getBean(name, TxCatalog.class);
    }

    private static String key(String cache, String id) {
        return ":1:" + cache + ":" + id;
    }

    @ParameterizedTest
    @ValueSource(strings = {"txproxied", "txwoven"})
    void cached_transactionRolledBack_leavesNoCacheEntry(String cache) {
        String id = cache + "-rolledback";

        String name = catalog(cache).insertAndRollBack(id);

        assertThat(name).isEqualTo("item-" + id);
        assertThat(jdbc.queryForObject("select count(*) from item where id = ?", Integer.class, id))
                .as("the transaction rolled back")
                .isZero();
        assertThat(probe.exists(key(cache, id))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"txproxied", "txwoven"})
    void cached_transactionCommits_writesTheEntryOnlyAfterTheCommit(String cache) {
        String id = cache + "-committed";
        AtomicReference<Boolean> storedBeforeCommit = new AtomicReference<>();

        catalog(cache).insert(id, () -> storedBeforeCommit.set(probe.exists(key(cache, id))));

        assertThat(storedBeforeCommit.get()).isFalse();
        assertThat(probe.get(key(cache, id))).isEqualTo("\"item-" + id + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"txproxied", "txwoven"})
    void cached_joinedOuterTransactionRollsBack_leavesNoCacheEntry(String cache) {
        String id = cache + "-outer";
        jdbc.update("insert into item(id, name) values (?, ?)", id, "item-" + id);
        TransactionTemplate outer = context.getBean(TransactionTemplate.class);

        String name = outer.execute(status -> {
            jdbc.update("update item set name = 'uncommitted' where id = ?", id);
            String read = catalog(cache).find(id);
            status.setRollbackOnly();
            return read;
        });

        assertThat(name).isEqualTo("uncommitted");
        assertThat(probe.exists(key(cache, id))).isFalse();
        assertThat(catalog(cache).find(id)).isEqualTo("item-" + id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"txproxied", "txwoven"})
    void evict_insideTransaction_deletesOnlyAfterTheCommit(String cache) {
        String id = cache + "-evicted";
        jdbc.update("insert into item(id, name) values (?, ?)", id, "item-" + id);
        catalog(cache).find(id);
        TransactionTemplate outer = context.getBean(TransactionTemplate.class);

        Boolean presentBeforeCommit = outer.execute(status -> {
            catalog(cache).remove(id);
            return probe.exists(key(cache, id));
        });

        assertThat(presentBeforeCommit).isTrue();
        assertThat(probe.exists(key(cache, id))).isFalse();
    }

    @Test
    void proxiedBean_cachingAdviceRunsInsideTheTransactionAdvice() {
        List<Advisor> advisors = List.of(((Advised) catalog("txproxied")).getAdvisors());

        int tx = indexOf(advisors, a -> a.getAdvice() instanceof TransactionInterceptor);
        int caching = indexOf(advisors, a -> a instanceof RedweaveAdvisor);

        assertThat(tx).isNotNegative();
        assertThat(caching).isGreaterThan(tx);
    }

    @Test
    void wovenBean_isProxiedForTransactionsOnly() {
        List<Advisor> advisors = List.of(((Advised) catalog("txwoven")).getAdvisors());

        assertThat(advisors).noneMatch(a -> a instanceof RedweaveAdvisor);
        assertThat(advisors).anyMatch(a -> a.getAdvice() instanceof TransactionInterceptor);
    }

    @Configuration
    @EnableRedweave(cacheOrder = 0)
    @EnableTransactionManagement
    @Import(TxBeans.class)
    static class CacheOutsideTxConfig {}

    @Test
    void start_cachingOrderedOutsideTheTransaction_failsNamingTheFix() {
        context.close();
        try {
            assertThatThrownBy(() -> SpringContexts.start(redis, CacheOutsideTxConfig.class)
                            .close())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("runs outside the transaction advice")
                    .hasMessageContaining("@EnableRedweave(cacheOrder = ...)");
        } finally {
            context = SpringContexts.start(redis, TxConfig.class);
            probe = new RedisProbe(context.getBean(RedissonClient.class));
            jdbc = context.getBean(JdbcTemplate.class);
        }
    }

    @Configuration
    @EnableRedweave
    @EnableAspectJAutoProxy
    static class RedweaveFirst {}

    @Configuration
    @EnableTransactionManagement
    @Import(TxBeans.class)
    static class TransactionsSecond {}

    @Test
    void cached_transactionsDeclaredLaterWithAspectJAutoProxy_stillLeavesNoEntryOnRollback() {
        context.close();
        try (AnnotationConfigApplicationContext other =
                SpringContexts.start(redis, RedweaveFirst.class, TransactionsSecond.class)) {
            String id = "aspectj-rolledback";

            other.getBean("txproxied", TxCatalog.class).insertAndRollBack(id);

            assertThat(new RedisProbe(other.getBean(RedissonClient.class)).exists(key("txproxied", id)))
                    .isFalse();
        } finally {
            context = SpringContexts.start(redis, TxConfig.class);
            probe = new RedisProbe(context.getBean(RedissonClient.class));
            jdbc = context.getBean(JdbcTemplate.class);
        }
    }

    private static int indexOf(List<Advisor> advisors, java.util.function.Predicate<Advisor> test) {
        for (int i = 0; i < advisors.size(); i++) {
            if (test.test(advisors.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
