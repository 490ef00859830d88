package io.redweave.internal.key;

/**
 * Escaping of key parts. A rendered value can never hold the {@code :} separator (so it cannot reach
 * into another namespace), nor a {@code {}} hash tag (so it cannot pin keys to one cluster slot),
 * nor a control character. Escaping is percent-encoding of exactly those characters plus {@code %}
 * and {@code ,}, so it is reversible and two different values never render alike. {@code null}
 * renders as {@code %N}, which no escaped value can equal.
 */
public final class KeyEncoding {

    /** How {@code null} renders in a key. */
    public static final String NULL = "%N";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private KeyEncoding() {}

    /** Escapes one value. */
    public static String escape(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (needsEscape(s.charAt(i))) {
                return escapeFrom(s, i);
            }
        }
        return s;
    }

    /** Appends one escaped value. */
    public static void escapeInto(StringBuilder out, String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (needsEscape(c)) {
                out.append('%').append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
    }

    /** Reverses {@link #escape}. */
    public static String unescape(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                out.append((char) Integer.parseInt(s, i + 1, i + 3, 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes Redis glob characters so that {@code s} matches only itself in a {@code SCAN} pattern. */
    public static String globLiteral(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
    }

    private static boolean needsEscape(char c) {
        return c == ':' || c == '%' || c == ',' || c == '{' || c == '}' || c < 0x20 || c == 0x7F;
    }

    private static String escapeFrom(String s, int first) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        out.append(s, 0, first);
        escapeInto(out, s.substring(first));
        return out.toString();
    }
}
