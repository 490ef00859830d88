package io.redweave.demo.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a response a person or a client can read: JSON {@code {"detail": ...}}
 * under {@code /api/}, an HTML page elsewhere. A stack trace goes to the log, never to the client.
 */
public final class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private final Templates templates;
    private final ObjectMapper json;

    public ErrorHandling(Templates templates, ObjectMapper json) {
        this.templates = templates;
        this.json = json;
    }

    /** Registers the handlers. */
    public void register(RoutesConfig routes) {
        routes.exception(HttpProblem.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            respond(ctx, e.status(), e.getMessage(), e.fieldErrors());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), javalinMessage(e, ctx)));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "Something went wrong on our side; it was logged. Please try again.");
        });
        routes.error(404, ctx -> {
            if (isEmpty(ctx)) {
                respond(ctx, 404, String.format("Nothing is at %s.", ctx.path()));
            }
        });
        routes.error(405, ctx -> {
            if (isEmpty(ctx)) {
                respond(ctx, 405, String.format("%s is not allowed on %s.", ctx.method(), ctx.path()));
            }
        });
    }

    /** Writes an error response in the form that suits the path. */
    public void respond(Context ctx, int status, String message) {
        respond(ctx, status, message, Map.of());
    }

    private void respond(Context ctx, int status, String message, Map<String, String> fieldErrors) {
        ctx.status(status);
        if (wantsJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("detail", message);
            if (!fieldErrors.isEmpty()) {
                body.put("errors", new TreeMap<>(fieldErrors));
            }
            try {
                ctx.contentType("application/json").result(json.writeValueAsString(body));
            } catch (Exception e) {
                ctx.contentType("text/plain").result(message);
            }
        } else {
            templates.render(ctx, "error.jte", new ErrorPage(status, title(status), message));
        }
    }

    private static boolean wantsJson(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/health");
    }

    private static boolean isEmpty(Context ctx) {
        String result = ctx.result();
        return result == null || result.isEmpty();
    }

    private static String javalinMessage(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> String.format("Nothing is at %s.", ctx.path());
            case 405 -> String.format("%s is not allowed on %s.", ctx.method(), ctx.path());
            case 413 -> "The request body is too large; send at most 64 KB.";
            case 400 -> "The request is malformed: " + e.getMessage();
            default -> e.getMessage();
        };
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Login required";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Too large";
            default -> status >= 500 ? "Server error" : "Request refused";
        };
    }
}
