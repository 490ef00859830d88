package io.redweave.internal.grammar;

import io.redweave.internal.grammar.TemplatePart.Literal;
import io.redweave.internal.grammar.TemplatePart.Placeholder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed key template: the text as written and its literal and placeholder parts, in order. The
 * processor checks the placeholders against the source; the runtime compiles them into readers of
 * the arguments. Neither parses the text a second way.
 */
public record ParsedTemplate(String source, List<TemplatePart> parts) {

    /** The placeholder root that names the method's return value. */
    public static final String RESULT = "result";

    public ParsedTemplate {
        parts = List.copyOf(parts);
    }

    /**
     * The key used when a template is left empty: every parameter in order joined with {@code :}, or
     * the method's name for a method without parameters.
     */
    public static ParsedTemplate defaultFor(String methodName, List<String> parameterNames) {
        if (parameterNames.isEmpty()) {
            return new ParsedTemplate(methodName, List.of(new Literal(methodName)));
        }
        List<TemplatePart> parts = new ArrayList<>();
        for (String name : parameterNames) {
            if (!parts.isEmpty()) {
                parts.add(new Literal(":"));
            }
            parts.add(new Placeholder(name, List.of()));
        }
        String source =
                String.join(":", parameterNames.stream().map(n -> "{" + n + "}").toList());
        return new ParsedTemplate(source, parts);
    }

    /** The placeholders, in order of appearance. */
    public List<Placeholder> placeholders() {
        return parts.stream()
                .filter(Placeholder.class::isInstance)
                .map(Placeholder.class::cast)
                .toList();
    }

    /** The distinct roots of the placeholders (parameter names and {@code result}), sorted. */
    public Set<String> roots() {
        Set<String> roots = new TreeSet<>();
        placeholders().forEach(p -> roots.add(p.root()));
        return roots;
    }

    /** True when some placeholder varies per call; a template of literals only names one key. */
    public boolean hasPlaceholders() {
        return !placeholders().isEmpty();
    }

    /** True when some placeholder reads the result, so the key exists only after the call. */
    public boolean usesResult() {
        return placeholders().stream().anyMatch(Placeholder::isResult);
    }
}
