package io.redweave.internal.tx;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The only class that names spring-tx types; loaded only when {@link Transactions} found them. */
final class SpringSynchronization {

    private SpringSynchronization() {}

    static boolean active() {
        return TransactionSynchronizationManager.isSynchronizationActive();
    }

    static boolean afterCommit(Runnable action) {
        if (!active()) {
            return false;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
        return true;
    }

    static boolean afterCompletion(Runnable action) {
        if (!active()) {
            return false;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
        return true;
    }
}
