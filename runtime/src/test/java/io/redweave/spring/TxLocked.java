package io.redweave.spring;

/** A locked, transactional service, woven or proxied. */
public interface TxLocked {

    /** Under the lock and a transaction: inserts a row, runs {@code atAfterCommit} after the commit. */
    void reserve(String id, Runnable atAfterCommit);

    /** Under the lock and a transaction that rolls back (it throws). */
    void reserveAndFail(String id, Runnable atAfterCompletion);
}
