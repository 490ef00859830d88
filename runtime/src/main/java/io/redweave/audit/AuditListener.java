package io.redweave.audit;

/**
 * Told how far an audit has got, after every {@code SCAN} batch, on the auditing thread: keep it
 * quick (a progress bar, a log line).
 */
@FunctionalInterface
public interface AuditListener {

    /** Hears nothing. */
    AuditListener NONE = progress -> {};

    /** Called after each batch of keys is inspected. */
    void onProgress(Progress progress);

    /**
     * How far an audit has got.
     *
     * @param keysSeen distinct keys inspected so far
     * @param keysExpected the keys the nodes held when the audit began ({@code DBSIZE}), an estimate
     *     of the total
     * @param scanCalls {@code SCAN} calls so far
     * @param node the node being scanned, {@code host:port}
     * @param nodeIndex its position, from 1
     * @param nodes how many nodes the audit scans
     */
    record Progress(long keysSeen, long keysExpected, long scanCalls, String node, int nodeIndex, int nodes) {

        /** Done so far, from 0 to 1; 1 past the estimate. */
        public double fraction() {
            return keysExpected <= 0 ? 1 : Math.min(1, (double) keysSeen / keysExpected);
        }
    }
}
