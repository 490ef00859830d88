package io.redweave.internal.processor.report;

import io.redweave.internal.grammar.ParsedTemplate;
import java.util.Optional;

/**
 * The Redis key of each kind, with {@code {prefix}} and {@code {version}} standing for the
 * configured values and the template's placeholders kept as written. These follow the layout the
 * runtime writes; a change here is a change of the stored data.
 */
final class KeyPatterns {

    private KeyPatterns() {}

    static String cache(String name, ParsedTemplate key) {
        return "{prefix}:{version}:" + name + ":" + key.source();
    }

    static String counter(String name, Optional<ParsedTemplate> key) {
        return "{prefix}:counter:" + name + suffix(key);
    }

    /** The HyperLogLog of a {@code unique} counter's distinct values. */
    static String counterUnique(String name, Optional<ParsedTemplate> key) {
        return "{prefix}:counter-unique:" + name + suffix(key);
    }

    static String board(String name) {
        return "{prefix}:board:" + name;
    }

    static String lock(String name, Optional<ParsedTemplate> key) {
        return "{prefix}:lock:" + name + suffix(key);
    }

    static String stampedeLock(String cache, ParsedTemplate key) {
        return "{prefix}:lock:" + cache + ":" + key.source();
    }

    private static String suffix(Optional<ParsedTemplate> key) {
        return key.map(k -> ":" + k.source()).orElse("");
    }
}
