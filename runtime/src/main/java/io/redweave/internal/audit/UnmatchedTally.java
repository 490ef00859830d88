package io.redweave.internal.audit;

import io.redweave.audit.AuditResult.UnmatchedKeys;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keys that match no declaration, grouped by namespace: Redweave-shaped keys by their namespace
 * ({@code :1:musics:*}, {@code :counter:views:*}), others by their first two segments ({@code
 * app:user:*}). The number of groups is bounded; past it, keys go to one group {@code (other)}.
 */
final class UnmatchedTally {

    private static final int MAX_GROUPS = 100;
    private static final String OTHER = "(other)";
    private static final Set<String> REDWEAVE_SPACES = Set.of("counter", "counter-unique", "board", "lock");

    private final String prefix;
    private final long version;
    private final int examples;
    private final Map<String, Group> groups = new HashMap<>();

    private static final class Group {
        final Examples keys;
        final MemoryTally memory = new MemoryTally(0);
        final String hint;

        Group(int examples, String hint) {
            this.keys = new Examples(examples);
            this.hint = hint;
        }
    }

    UnmatchedTally(String prefix, long version, int examples) {
        this.prefix = prefix;
        this.version = version;
        this.examples = examples;
    }

    private final Map<String, Integer> planned = new HashMap<>();

    /** Whether {@code key} should be measured: when sampled, or among the first keys of its group. */
    boolean wantsMeasure(String key, boolean sampled) {
        int n = planned.merge(patternOf(key), 1, Integer::sum);
        return sampled || n <= FamilyTally.MEASURED_FIRST;
    }

    void add(String key, long bytes) {
        String pattern = patternOf(key);
        if (!groups.containsKey(pattern) && groups.size() >= MAX_GROUPS) {
            pattern = OTHER;
        }
        Group group = groups.computeIfAbsent(pattern, p -> new Group(examples, hintFor(p, key)));
        group.keys.add(key);
        if (bytes >= 0) {
            group.memory.add(key, bytes);
        }
    }

    List<UnmatchedKeys> groups() {
        return groups.entrySet().stream()
                .map(e -> new UnmatchedKeys(
                        e.getKey(),
                        e.getValue().keys.count(),
                        e.getValue().memory.estimate(e.getValue().keys.count()),
                        e.getValue().keys.first(),
                        e.getValue().hint))
                .sorted(Comparator.comparingLong(UnmatchedKeys::keys).reversed().thenComparing(UnmatchedKeys::pattern))
                .toList();
    }

    String patternOf(String key) {
        String head = prefix + ":";
        if (key.startsWith(head)) {
            String[] parts = key.substring(head.length()).split(":", -1);
            if (parts.length >= 3 && (isNumber(parts[0]) || REDWEAVE_SPACES.contains(parts[0]))) {
                return head + parts[0] + ":" + parts[1] + ":*";
            }
        }
        String[] parts = key.split(":", -1);
        if (parts.length >= 3) {
            return parts[0] + ":" + parts[1] + ":*";
        }
        return parts.length == 2 ? parts[0] + ":*" : "*";
    }

    private String hintFor(String pattern, String key) {
        if (pattern.equals(OTHER)) {
            return "more namespaces than the audit lists one by one";
        }
        String head = prefix + ":";
        if (!key.startsWith(head)) {
            return "not a key this application's annotations write: another application's, or written by hand";
        }
        String[] parts = key.substring(head.length()).split(":", -1);
        if (isNumber(parts[0]) && Long.parseLong(parts[0]) != version) {
            return String.format(
                    "cache entries at version %s, while this application reads version %d: left over from before a"
                            + " version change (they expire, or clear them)",
                    parts[0], version);
        }
        if (isNumber(parts[0])) {
            return parts.length == 2
                    ? "the default cache, written through the Cache API (redweave.cache())"
                    : String.format(
                            "cache \"%s\" at this version, declared by no report on the class path: the Cache API,"
                                    + " a removed annotation, or a module whose report is missing",
                            parts[1]);
        }
        if (REDWEAVE_SPACES.contains(parts[0]) && parts.length >= 2) {
            return String.format(
                    "a Redweave %s \"%s\" that no report declares: a removed annotation, the Counter or Leaderboard"
                            + " API, or a module whose report is missing",
                    parts[0], parts[1]);
        }
        return "under this application's prefix, but not in a Redweave namespace";
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
