package io.redweave.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What an audit found: per key family, the keys that matched it, and the keys that matched no
 * declaration, with how the scan went. A result is {@linkplain #partial() partial} when it cannot
 * vouch for every key: a node could not be scanned to the end, the cluster's masters changed, or
 * the keyspace changed while it was scanned; {@link #problems()} then says what and why, and the
 * figures describe what was seen.
 *
 * @param redis what was audited, without any password
 * @param startedAt when the audit began
 * @param took how long it ran
 * @param nodes the nodes scanned, {@code host:port} (every master of a Cluster)
 * @param scanCalls how many {@code SCAN} calls it made
 * @param keysSeen distinct keys inspected
 * @param keysBefore the nodes' {@code DBSIZE} when it began, summed
 * @param keysAfter the same when it ended
 * @param vanished keys a {@code SCAN} returned that were gone when inspected (expired or deleted)
 * @param memorySampleRate the share of keys beyond each family's first ones that got a {@code MEMORY
 *     USAGE}
 * @param partial whether some keys may not have been seen
 * @param problems what went wrong or changed, one clear message each; empty when all went well
 * @param families the figures of every declared family, found keys or not, in catalog order
 * @param unmatched the keys no declaration produces, grouped by namespace, most keys first
 * @param catalog the merged report the keys were matched against
 */
public record AuditResult(
        String redis,
        Instant startedAt,
        Duration took,
        List<String> nodes,
        long scanCalls,
        long keysSeen,
        long keysBefore,
        long keysAfter,
        long vanished,
        double memorySampleRate,
        boolean partial,
        List<String> problems,
        List<FamilyFigures> families,
        List<UnmatchedKeys> unmatched,
        KeyCatalog catalog) {

    public AuditResult {
        nodes = List.copyOf(nodes);
        problems = List.copyOf(problems);
        families = List.copyOf(families);
        unmatched = List.copyOf(unmatched);
    }

    /** How many keys matched no declaration. */
    public long unmatchedKeys() {
        return unmatched.stream().mapToLong(UnmatchedKeys::keys).sum();
    }

    /** {@code SCAN} calls per second of the run. */
    public double scansPerSecond() {
        double seconds = took.toNanos() / 1e9;
        return seconds <= 0 ? 0 : scanCalls / seconds;
    }

    /** The result as JSON (the layout is described in {@code docs/cache-key-report.md}). */
    public String toJson() {
        return AuditEngines.engine().json(this);
    }

    /** The result as one standalone HTML page with charts, no external resources. */
    public String toHtml() {
        return AuditEngines.engine().html(this);
    }

    /**
     * Keys of one namespace that no declaration produces: another application's, a removed
     * annotation's, entries of an older cache version, or the Cache API's.
     *
     * @param pattern the namespace, such as {@code session:*} or {@code :1:musics:*}
     * @param keys how many
     * @param memoryBytes their memory, estimated like a family's
     * @param examples some of them
     * @param hint what they probably are
     */
    public record UnmatchedKeys(String pattern, long keys, long memoryBytes, List<String> examples, String hint) {

        public UnmatchedKeys {
            examples = List.copyOf(examples);
        }
    }
}
