package io.redweave.internal.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One key pattern with {@code {prefix}} and {@code {version}} filled in: a literal head and the key
 * template after it. A placeholder matches any rendered value, which can hold anything but {@code :}
 * (values are escaped so that they cannot); the template's literal text matches itself.
 */
public final class KeyShape {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    private final String head;
    private final String template;
    private final Pattern rest;

    private KeyShape(String head, String template) {
        this.head = head;
        this.template = template;
        this.rest = template == null ? null : Pattern.compile(regex(template));
    }

    /** A key that is exactly {@code key}, such as a board or a counter without a key. */
    public static KeyShape exact(String key) {
        return new KeyShape(key, null);
    }

    /** {@code head} followed by a rendering of {@code template}. */
    public static KeyShape templated(String head, String template) {
        return new KeyShape(head, template);
    }

    /** The literal start every matching key has. */
    public String head() {
        return head;
    }

    /** The template after the head, or null for an exact key. */
    public String template() {
        return template;
    }

    /** The pattern as people read it: {@code :1:musics:{id}}. */
    public String display() {
        return template == null ? head : head + template;
    }

    /** Whether {@code key} is one this pattern produces. */
    public boolean matches(String key) {
        if (rest == null) {
            return key.equals(head);
        }
        return key.startsWith(head)
                && rest.matcher(key).region(head.length(), key.length()).matches();
    }

    private static String regex(String template) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            out.append(Pattern.quote(template.substring(at, m.start()))).append("[^:]*");
            at = m.end();
        }
        return out.append(Pattern.quote(template.substring(at))).toString();
    }

    @Override
    public String toString() {
        return display();
    }
}
