package io.redweave.internal.grammar;

import io.redweave.internal.grammar.TemplatePart.Literal;
import io.redweave.internal.grammar.TemplatePart.Placeholder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Parses key templates, exactly as written. Braces delimit placeholders; a placeholder is a
 * dot-separated path of Java identifiers with nothing around it, such as {@code {order.customer.id}}.
 * {@code {{} and {@code }}} stand for a literal brace (a Redis Cluster hash tag, for example).
 */
public final class TemplateParser {

    private TemplateParser() {}

    /**
     * Parses {@code source}; an empty source gives a template without parts.
     *
     * @throws GrammarException saying where the template goes wrong and how to fix it
     */
    public static ParsedTemplate parse(String source) {
        List<TemplatePart> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int index = 0;
        while (index < source.length()) {
            char c = source.charAt(index);
            boolean doubled = index + 1 < source.length() && source.charAt(index + 1) == c;
            if ((c == '{' || c == '}') && doubled) {
                literal.append(c);
                index += 2;
            } else if (c == '}') {
                throw new GrammarException(
                        String.format(
                                "'}' at position %d closes no '{'; remove it, or write }} for a literal brace", index),
                        index);
            } else if (c == '{') {
                int end = closingBrace(source, index);
                flush(literal, parts);
                parts.add(placeholder(source.substring(index + 1, end), index));
                index = end + 1;
            } else {
                literal.append(c);
                index++;
            }
        }
        flush(literal, parts);
        return new ParsedTemplate(source, parts);
    }

    /** The parsed template, or empty when {@code source} is not one. */
    public static Optional<ParsedTemplate> tryParse(String source) {
        try {
            return Optional.of(parse(source));
        } catch (GrammarException e) {
            return Optional.empty();
        }
    }

    private static void flush(StringBuilder literal, List<TemplatePart> parts) {
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    private static int closingBrace(String source, int open) {
        for (int i = open + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '}') {
                return i;
            }
            if (c == '{') {
                break;
            }
        }
        throw new GrammarException(
                String.format(
                        "'{' at position %d is never closed; close the placeholder with '}', or write {{ for a"
                                + " literal brace",
                        open),
                open);
    }

    private static Placeholder placeholder(String expression, int open) {
        if (expression.isEmpty()) {
            throw new GrammarException(
                    String.format(
                            "'{}' at position %d is an empty placeholder; name a parameter inside, such as {id}", open),
                    open);
        }
        List<String> segments = Arrays.asList(expression.split("\\.", -1));
        for (String segment : segments) {
            if (!isIdentifier(segment)) {
                throw new GrammarException(
                        String.format(
                                "'{%s}' at position %d is not a parameter or property path; write names joined by"
                                        + " dots with nothing around them, such as {order.customer.id}",
                                expression, open),
                        open);
            }
        }
        return new Placeholder(segments.get(0), segments.subList(1, segments.size()));
    }

    private static boolean isIdentifier(String segment) {
        if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.charAt(0))) {
            return false;
        }
        return segment.chars().skip(1).allMatch(Character::isJavaIdentifierPart);
    }
}
