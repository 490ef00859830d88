package io.redweave.demo.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every response carries, whoever wrote it (a route, an error handler, or Jetty refusing
 * a malformed request before any route saw it).
 */
public final class SecurityHeaders {

    /**
     * Everything the pages load comes from the demo itself: no script at all (there is none), no
     * plug-in, no framing, and forms post back to the demo only.
     */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    /** The headers for a response to {@code path}; admin pages are never stored by a browser or a proxy. */
    public static Map<String, String> forPath(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (path != null && path.startsWith("/admin")) {
            headers.put("Cache-Control", "no-store");
        }
        return headers;
    }
}
