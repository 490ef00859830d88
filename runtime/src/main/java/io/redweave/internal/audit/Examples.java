package io.redweave.internal.audit;

import java.util.ArrayList;
import java.util.List;

/** A count with the first few keys it counted, for findings a user wants to look at. */
final class Examples {

    private final int keep;
    private final List<String> first = new ArrayList<>();
    private long count;

    Examples(int keep) {
        this.keep = keep;
    }

    void add(String example) {
        count++;
        if (first.size() < keep) {
            first.add(example);
        }
    }

    long count() {
        return count;
    }

    List<String> first() {
        return List.copyOf(first);
    }
}
