package io.redweave.spring.woven;

import io.redweave.annotations.Locked;
import io.redweave.spring.TxLocked;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Woven: the lock advice runs inside the method, so inside Spring's transaction proxy. */
public class WovenTxLocked implements TxLocked {

    private final JdbcTemplate jdbc;

    public WovenTxLocked(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    @Locked(name = "stock", key = "{id}")
    public void reserve(String id, Runnable atAfterCommit) {
        jdbc.update("insert into item(id, name) values (?, ?)", id, "reserved");
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                atAfterCommit.run();
            }
        });
    }

    @Override
    @Transactional
    @Locked(name = "stock", key = "{id}")
    public void reserveAndFail(String id, Runnable atAfterCompletion) {
        jdbc.update("insert into item(id, name) values (?, ?)", id, "reserved");
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                atAfterCompletion.run();
            }
        });
        throw new IllegalStateException("out of stock");
    }
}
