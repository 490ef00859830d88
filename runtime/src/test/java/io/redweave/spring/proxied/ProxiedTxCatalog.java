package io.redweave.spring.proxied;

import io.redweave.annotations.CacheEvict;
import io.redweave.annotations.Cached;
import io.redweave.spring.TxCatalog;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Not woven: Spring's one proxy holds both the transaction advice and Redweave's. */
public class ProxiedTxCatalog implements TxCatalog {

    private final JdbcTemplate jdbc;
    private final AtomicInteger loads = new AtomicInteger();

    public ProxiedTxCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    @Cached(name = "txproxied", key = "{id}")
    public String insertAndRollBack(String id) {
        loads.incrementAndGet();
        jdbc.update("insert into item(id, name) values (?, ?)", id, "item-" + id);
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return jdbc.queryForObject("select name from item where id = ?", String.class, id);
    }

    @Override
    @Transactional
    @Cached(name = "txproxied", key = "{id}")
    public String insert(String id, Runnable atBeforeCommit) {
        loads.incrementAndGet();
        jdbc.update("insert into item(id, name) values (?, ?)", id, "item-" + id);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                atBeforeCommit.run();
            }
        });
        return "item-" + id;
    }

    @Override
    @Transactional
    @Cached(name = "txproxied", key = "{id}")
    public String find(String id) {
        loads.incrementAndGet();
        return jdbc.queryForObject("select name from item where id = ?", String.class, id);
    }

    @Override
    @Transactional
    @CacheEvict(name = "txproxied", key = "{id}")
    public void remove(String id) {
        jdbc.update("delete from item where id = ?", id);
    }

    @Override
    public int loads() {
        return loads.get();
    }
}
