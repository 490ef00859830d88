package io.redweave.demo.music;

import io.redweave.demo.web.HttpProblem;
import java.util.Locale;

/**
 * The API version a client asks for in {@code Accept}, as Django REST framework's
 * AcceptHeaderVersioning: {@code application/json;version=1.0} is the cached list; no version is
 * the uncached one.
 */
public enum ApiVersion {
    /** No version asked: the list is read from the database. */
    NONE,
    /** {@code version=1.0}: the list is read from the cache. */
    V1_0;

    /** What a 406 names as accepted. */
    public static final String ACCEPTED =
            "1.0 (\"Accept: application/json;version=1.0\") or none (\"Accept: application/json\")";

    /**
     * The version {@code accept} asks for. A range without a media type ({@code ";"}, an empty
     * item between commas) names nothing and is skipped, so a header made only of those reads as
     * no {@code Accept} at all.
     *
     * @throws HttpProblem 406 when it names an unknown version or no JSON media type at all
     */
    public static ApiVersion negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return NONE;
        }
        boolean named = false;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";", -1);
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) {
                continue;
            }
            named = true;
            if (!type.equals("application/json") && !type.equals("application/*") && !type.equals("*/*")) {
                continue;
            }
            String version = version(parts);
            if (version == null) {
                return NONE;
            }
            if (version.equals("1.0")) {
                return V1_0;
            }
            throw new HttpProblem(
                    406,
                    String.format(
                            "API version \"%s\" is not available; accepted versions: %s.", shorten(version), ACCEPTED));
        }
        if (!named) {
            return NONE;
        }
        throw new HttpProblem(
                406,
                String.format(
                        "Only application/json is served, and \"%s\" does not accept it; accepted versions: %s.",
                        shorten(accept), ACCEPTED));
    }

    private static String shorten(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "..." : text;
    }

    private static String version(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("version")) {
                return p.substring(eq + 1).trim().replace("\"", "");
            }
        }
        return null;
    }
}
