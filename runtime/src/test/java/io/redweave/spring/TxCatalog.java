package io.redweave.spring;

/** A transactional service over the {@code item} table, woven or proxied. */
public interface TxCatalog {

    /** Inserts the row, marks the transaction rollback-only and returns the row's name. */
    String insertAndRollBack(String id);

    /** Inserts the row and runs {@code atBeforeCommit} just before the commit; returns the name. */
    String insert(String id, Runnable atBeforeCommit);

    /** Reads the row's name (joins a surrounding transaction). */
    String find(String id);

    /** Deletes the row. */
    void remove(String id);

    /** How many times a cached method's body ran. */
    int loads();
}
