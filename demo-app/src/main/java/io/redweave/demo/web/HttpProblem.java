package io.redweave.demo.web;

import java.util.Map;

/**
 * A request the application refuses with a status and a message for the client (a 4xx), thrown by
 * controllers and turned into a JSON body under {@code /api/} or an HTML page elsewhere.
 */
public class HttpProblem extends RuntimeException {

    private final int status;
    private final Map<String, String> headers;
    private final Map<String, String> fieldErrors;

    public HttpProblem(int status, String message) {
        this(status, message, Map.of(), Map.of());
    }

    public HttpProblem(int status, String message, Map<String, String> headers) {
        this(status, message, headers, Map.of());
    }

    private HttpProblem(int status, String message, Map<String, String> headers, Map<String, String> fieldErrors) {
        super(message, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** 400 naming what is wrong with each field of the input. */
    public static HttpProblem invalid(Map<String, String> fieldErrors) {
        return new HttpProblem(
                400,
                "The input is invalid: " + String.join(", ", new java.util.TreeSet<>(fieldErrors.keySet())) + ".",
                Map.of(),
                fieldErrors);
    }

    /** What is wrong with each field, for a 400 on invalid input; empty otherwise. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** Headers the response must carry, such as {@code WWW-Authenticate} on a 401. */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The {@code {id}} path parameter as a number; anything but digits is a 404, as an unknown id.
     *
     * @param what what the id names, for the message ("picture", "music")
     * @throws HttpProblem 404 when the parameter is not a positive number
     */
    public static long pathId(io.javalin.http.Context ctx, String what) {
        String raw = ctx.pathParam("id");
        if (!raw.matches("[0-9]{1,18}")) {
            throw notFound(String.format("There is no %s %s.", what, raw));
        }
        return Long.parseLong(raw);
    }

    /** 404 with {@code message}. */
    public static HttpProblem notFound(String message) {
        return new HttpProblem(404, message);
    }
}
