package io.redweave.internal.tx;

/**
 * Lets the advice wait for a transaction to end before it touches Redis. A value loaded inside a
 * Spring transaction may come from rows that the transaction later rolls back, and an eviction run
 * before the commit lets another caller cache the old rows again; so inside a transaction those
 * writes run after the commit, and not at all after a rollback.
 *
 * <p>Spring is optional: when {@code spring-tx} is not on the class path every action runs at once and
 * no Spring type is ever loaded (the Spring calls live in {@link SpringSynchronization}, which is only
 * touched after the presence check).
 */
public final class Transactions {

    private static final boolean SPRING_TX =
            present("org.springframework.transaction.support.TransactionSynchronizationManager");

    private Transactions() {}

    /**
     * Runs {@code action} after the current transaction commits, or now when no transaction
     * synchronization is active; after a rollback it never runs. Exceptions from a deferred action
     * reach the caller of the transactional method, so {@code action} handles its own failures.
     */
    public static void afterCommit(Runnable action) {
        if (SPRING_TX && SpringSynchronization.afterCommit(action)) {
            return;
        }
        action.run();
    }

    /**
     * Runs {@code action} once the current transaction has ended, committed or rolled back, or now
     * when no transaction synchronization is active: for releasing what must outlive the commit.
     */
    public static void afterCompletion(Runnable action) {
        if (SPRING_TX && SpringSynchronization.afterCompletion(action)) {
            return;
        }
        action.run();
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Transactions.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
