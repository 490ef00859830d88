package io.redweave.internal.grammar;

import java.util.List;

/** One part of a parsed key template: literal text, or a placeholder with a property path. */
public sealed interface TemplatePart {

    /** Text kept as written, with {@code {{} and {@code }}} already turned into single braces. */
    record Literal(String text) implements TemplatePart {}

    /**
     * A {@code {root.p1.p2}} placeholder: {@code root} is a parameter name or {@code result}; {@code
     * path} the properties read from it, in order (empty for {@code {root}}).
     */
    record Placeholder(String root, List<String> path) implements TemplatePart {

        public Placeholder {
            path = List.copyOf(path);
        }

        /** True when this placeholder reads the method's return value. */
        public boolean isResult() {
            return ParsedTemplate.RESULT.equals(root);
        }

        /** The placeholder as written, without braces: {@code order.customer.id}. */
        public String expression() {
            return path.isEmpty() ? root : root + "." + String.join(".", path);
        }
    }
}
