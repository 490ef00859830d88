package io.redweave.internal.key;

import io.redweave.RedweaveException;
import io.redweave.internal.grammar.GrammarException;
import io.redweave.internal.grammar.ParsedTemplate;
import io.redweave.internal.grammar.TemplateParser;
import io.redweave.internal.grammar.TemplatePart;
import io.redweave.internal.grammar.TemplatePart.Literal;
import io.redweave.internal.grammar.TemplatePart.Placeholder;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A key template compiled once per method: literal text and placeholders ({@code {param}}, {@code
 * {param.property}}, {@code {result}}, {@code {result.property}}), parsed by the grammar the
 * processor checks templates with. Rendering escapes every value with {@link KeyEncoding}, so a value
 * can never add a separator; literal text is kept as written ({@code {{} and {@code }}} being one
 * brace each).
 */
public final class KeyTemplate {

    private static final int RESULT = -1;

    private final String source;
    private final String[] literals;
    private final int[] sources;
    private final PropertyPath[] paths;
    private final String[] expressions;

    private KeyTemplate(
            String source,
            List<String> literals,
            List<Integer> sources,
            List<PropertyPath> paths,
            List<String> expressions) {
        this.source = source;
        this.literals = literals.toArray(new String[0]);
        this.sources = sources.stream().mapToInt(Integer::intValue).toArray();
        this.paths = paths.toArray(new PropertyPath[0]);
        this.expressions = expressions.toArray(new String[0]);
    }

    /**
     * Compiles {@code template} for {@code method}; an empty template gives the default key: every
     * parameter joined with {@code :}, or the method's name when it has none.
     *
     * @param names the parameter names, in order
     * @param where how errors name the template, such as {@code @Cached(name="musics") key on
     *     MusicService.find(long)}
     * @throws RedweaveException naming {@code where} when a placeholder or property does not resolve
     */
    public static KeyTemplate compile(String template, Method method, String[] names, String where) {
        ParsedTemplate parsed = parse(template, method, names, where);
        List<String> literals = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        List<PropertyPath> paths = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (TemplatePart part : parsed.parts()) {
            if (part instanceof Literal text) {
                literal.append(text.text());
            } else if (part instanceof Placeholder placeholder) {
                literals.add(literal.toString());
                literal.setLength(0);
                resolve(placeholder, method, names, where, sources, paths);
                expressions.add(placeholder.expression());
            }
        }
        literals.add(literal.toString());
        return new KeyTemplate(parsed.source(), literals, sources, paths, expressions);
    }

    private static ParsedTemplate parse(String template, Method method, String[] names, String where) {
        if (template.isEmpty()) {
            return ParsedTemplate.defaultFor(method.getName(), List.of(names));
        }
        try {
            return TemplateParser.parse(template);
        } catch (GrammarException e) {
            throw new RedweaveException(String.format(
                    "%s: key template \"%s\" is not a valid template: %s", where, template, e.getMessage()));
        }
    }

    /** Whether the template reads the method's result, so it can only render after the call. */
    public boolean usesResult() {
        return Arrays.stream(sources).anyMatch(s -> s == RESULT);
    }

    /** The template's text (the default template spelled out when none was given). */
    public String source() {
        return source;
    }

    /** Renders the key for one call; {@code result} is ignored unless the template reads it. */
    public String render(Object[] args, Object result) {
        if (sources.length == 0) {
            return literals[0];
        }
        StringBuilder out = new StringBuilder(32);
        for (int p = 0; p < sources.length; p++) {
            out.append(literals[p]);
            Object root = sources[p] == RESULT ? result : args[sources[p]];
            appendValue(out, paths[p].read(root));
        }
        return out.append(literals[sources.length]).toString();
    }

    /**
     * Renders text that is a value rather than a key part (a leaderboard member): nothing is escaped,
     * and a value that has no text of its own is refused, since it would put a different member on
     * the board for every call.
     *
     * @throws IllegalArgumentException naming the placeholder when a value is {@code null} or an
     *     object that keeps {@code Object.toString()}
     */
    public String renderText(Object[] args, Object result) {
        StringBuilder out = new StringBuilder(32);
        for (int p = 0; p < sources.length; p++) {
            out.append(literals[p]);
            Object root = sources[p] == RESULT ? result : args[sources[p]];
            out.append(TextValue.of(paths[p].read(root), expressions[p]));
        }
        return out.append(literals[sources.length]).toString();
    }

    private static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append(KeyEncoding.NULL);
        } else if (value instanceof String s) {
            KeyEncoding.escapeInto(out, s);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Collection<?> c) {
            appendAll(out, c.toArray());
        } else if (value instanceof Object[] array) {
            appendAll(out, array);
        } else {
            KeyEncoding.escapeInto(out, String.valueOf(value));
        }
    }

    private static void appendAll(StringBuilder out, Object[] values) {
        out.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            appendValue(out, values[i]);
        }
        out.append(']');
    }

    private static void resolve(
            Placeholder placeholder,
            Method method,
            String[] names,
            String where,
            List<Integer> sources,
            List<PropertyPath> paths) {
        String expression = placeholder.expression();
        String root = placeholder.root();
        List<String> properties = placeholder.path();
        // result is reserved, as the processor checks it: {result} never names a parameter called result
        boolean result = root.equals(ParsedTemplate.RESULT);
        int index = result ? RESULT : Arrays.asList(names).indexOf(root);
        Class<?> type;
        if (result) {
            if (method.getReturnType() == void.class) {
                throw new RedweaveException(String.format(
                        "%s: {%s} reads the result, but %s returns void; use a parameter instead",
                        where, expression, method.getName()));
            }
            type = method.getReturnType();
        } else if (index >= 0) {
            type = method.getParameterTypes()[index];
        } else {
            boolean synthetic = names.length > 0 && Arrays.stream(names).allMatch(n -> n.matches("arg\\d+"));
            throw new RedweaveException(String.format(
                    "%s: {%s} names no parameter of %s; the parameters are %s%s",
                    where,
                    expression,
                    method.getName(),
                    Arrays.toString(names),
                    synthetic
                            ? " (the class was compiled without parameter names: compile it with -parameters or -g)"
                            : ""));
        }
        sources.add(index);
        paths.add(
                properties.isEmpty()
                        ? PropertyPath.empty()
                        : PropertyPath.resolve(type, properties, expression, where));
    }

    @Override
    public String toString() {
        return source;
    }
}
