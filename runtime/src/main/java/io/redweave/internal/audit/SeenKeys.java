package io.redweave.internal.audit;

import java.nio.charset.StandardCharsets;

/**
 * The keys an audit has already counted, kept as 64-bit hashes in an open-addressing table: SCAN may
 * return a key twice while Redis resizes its table, and a count must not. Sixteen bytes a key at
 * most, instead of the hundred or more a {@code HashSet<String>} takes; two keys share a hash with
 * odds of about one in 10^8 over ten million keys.
 */
final class SeenKeys {

    private long[] slots = new long[1 << 16];
    private int size;
    private boolean zeroSeen;

    /** Adds {@code key}; false when it was already there. */
    boolean add(String key) {
        long hash = hash(key);
        if (hash == 0) {
            boolean first = !zeroSeen;
            zeroSeen = true;
            return first;
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        return insert(slots, hash);
    }

    int size() {
        return size + (zeroSeen ? 1 : 0);
    }

    /** FNV-1a over the UTF-8 bytes, finished with a 64-bit mix so that near keys spread. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    private boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = hash;
                if (table == slots) {
                    size++;
                }
                return true;
            }
            if (table[i] == hash) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long hash : old) {
            if (hash != 0) {
                int mask = slots.length - 1;
                int i = (int) hash & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = hash;
            }
        }
    }
}
