package io.redweave.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.spring.proxied.ProxiedTxLocked;
import io.redweave.spring.woven.WovenTxLocked;
import io.redweave.testing.RedisServer;
import io.redweave.testing.RedisServers;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redisson.api.RedissonClient;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * A {@code @Locked} {@code @Transactional} method holds its lock until its transaction has ended:
 * proxied, because the lock advice encloses the transaction advice; woven, because the release
 * waits for the transaction's completion. Another caller can never enter before the commit.
 */
class LockTransactionTest {

    private static RedisServer redis;
    private static AnnotationConfigApplicationContext context;
    private static RedisProbe probe;

    @Configuration
    @EnableRedweave
    @EnableTransactionManagement
    @Import(JdbcBeans.class)
    static class LockConfig {
        @Bean
        TxLocked proxiedLocked(JdbcTemplate jdbc) {
            return new ProxiedTxLocked(jdbc);
        }

        @Bean
        TxLocked wovenLocked(JdbcTemplate jdbc) {
            return new WovenTxLocked(jdbc);
        }
    }

    @BeforeAll
    static void start() {
        redis = RedisServers.startDedicated();
        context = SpringContexts.start(redis, LockConfig.class);
        probe = new RedisProbe(context.getBean(RedissonClient.class));
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
        redis.stop();
    }

    private static TxLocked locked(String bean) {
        return context.getBean(bean, TxLocked.class);
    }

    private static String lockKey(String id) {
        return ":lock:stock:" + id;
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxiedLocked", "wovenLocked"})
    void reserve_transactionCommits_lockIsHeldUntilAfterTheCommit(String bean) {
        String id = bean + "-commit";
        AtomicReference<Boolean> heldAfterCommit = new AtomicReference<>();

        locked(bean).reserve(id, () -> heldAfterCommit.set(probe.exists(lockKey(id))));

        assertThat(heldAfterCommit.get())
                .as("lock held when the commit is done")
                .isTrue();
        assertThat(probe.exists(lockKey(id))).as("lock released after the call").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxiedLocked", "wovenLocked"})
    void reserveAndFail_transactionRollsBack_lockIsHeldUntilTheRollbackIsDone(String bean) {
        String id = bean + "-rollback";
        AtomicReference<Boolean> heldAtCompletion = new AtomicReference<>();

        assertThatThrownBy(() -> locked(bean).reserveAndFail(id, () -> heldAtCompletion.set(probe.exists(lockKey(id)))))
                .hasMessage("out of stock");

        assertThat(heldAtCompletion.get())
                .as("lock held when the rollback is done")
                .isTrue();
        assertThat(probe.exists(lockKey(id))).as("lock released after the call").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxiedLocked", "wovenLocked"})
    void reserve_calledTwice_takesAndReleasesTheLockOncePerCall(String bean) {
        String id = bean + "-once";
        RedisProbe.Counts before = probe.counts();

        locked(bean).reserve(id + "a", () -> {});
        locked(bean).reserve(id + "b", () -> {});

        // the lock scripts' own commands: SET NX PX takes it, GET and DEL release it
        assertThat(probe.counts().since(before)).isEqualTo(new RedisProbe.Counts(2, 2, 2));
    }
}
