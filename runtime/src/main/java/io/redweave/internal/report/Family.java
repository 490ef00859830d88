package io.redweave.internal.report;

import io.redweave.audit.KeyFamily;
import java.util.List;

/**
 * A merged key family: what users see of it, and the shapes its keys are matched with.
 *
 * @param view the public description
 * @param shapes its key patterns, compiled
 */
public record Family(KeyFamily view, List<KeyShape> shapes) {

    /** Whether {@code key} is one of this family's. */
    public boolean owns(String key) {
        for (KeyShape shape : shapes) {
            if (shape.matches(key)) {
                return true;
            }
        }
        return false;
    }
}
