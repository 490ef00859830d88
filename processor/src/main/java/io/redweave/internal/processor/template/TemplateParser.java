package io.redweave.internal.processor.template;

import io.redweave.internal.processor.template.TemplatePart.Literal;
import io.redweave.internal.processor.template.TemplatePart.Placeholder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses key templates. Braces always delimit placeholders; a placeholder is a dot-separated path
 * of Java identifiers such as {@code {order.customer.id}}.
 */
public final class TemplateParser {

    private TemplateParser() {}

    /** Parses {@code source}; an empty source gives a template without parts. */
    public static KeyTemplate parse(String source) throws TemplateSyntaxException {
        List<TemplatePart> parts = new ArrayList<>();
        int index = 0;
        while (index < source.length()) {
            int open = source.indexOf('{', index);
            int close = source.indexOf('}', index);
            if (close >= 0 && (open < 0 || close < open)) {
                throw new TemplateSyntaxException(
                        String.format("'}' at position %d closes no '{'; remove it or add the opening brace", close),
                        close);
            }
            if (open < 0) {
                parts.add(new Literal(source.substring(index)));
                break;
            }
            if (open > index) {
                parts.add(new Literal(source.substring(index, open)));
            }
            int end = closingBrace(source, open);
            parts.add(placeholder(source.substring(open + 1, end), open));
            index = end + 1;
        }
        return new KeyTemplate(source, parts);
    }

    private static int closingBrace(String source, int open) throws TemplateSyntaxException {
        for (int i = open + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '}') {
                return i;
            }
            if (c == '{') {
                throw unclosed(open);
            }
        }
        throw unclosed(open);
    }

    private static TemplateSyntaxException unclosed(int open) {
        return new TemplateSyntaxException(
                String.format("'{' at position %d is never closed; close the placeholder with '}'", open), open);
    }

    private static Placeholder placeholder(String expression, int open) throws TemplateSyntaxException {
        if (expression.isEmpty()) {
            throw new TemplateSyntaxException(
                    String.format(
                            "'{}' at position %d is an empty placeholder; name a parameter inside, such as {id}", open),
                    open);
        }
        List<String> segments = Arrays.asList(expression.split("\\.", -1));
        for (String segment : segments) {
            if (!isIdentifier(segment)) {
                throw new TemplateSyntaxException(
                        String.format(
                                "'{%s}' at position %d is not a parameter or property path; write names"
                                        + " joined by dots, such as {order.customer.id}",
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
