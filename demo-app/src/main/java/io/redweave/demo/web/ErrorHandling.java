package io.redweave.demo.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.redweave.demo.App;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a response a person or a client can read: JSON {@code {"detail": ...}}
 * under {@code /api/}, an HTML page elsewhere. A client's mistake is a 4xx and leaves no ERROR in the
 * log; only a failure of the demo itself is a 500, logged with its stack trace, which never reaches
 * the client.
 */
public final class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private final Templates templates;
    private final ObjectMapper json;

    public ErrorHandling(Templates templates, ObjectMapper json) {
        this.templates = templates;
        this.json = json;
    }

    /** An error response's content type and text. */
    public record Body(String contentType, String text) {}

    /** Registers the handlers. */
    public void register(RoutesConfig routes) {
        routes.exception(HttpProblem.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            respond(ctx, e.status(), e.getMessage(), e.fieldErrors());
        });
        routes.exception(MethodNotAllowedResponse.class, (e, ctx) -> {
            String allow = RouteTable.allow(String.join(",", e.getDetails().values()));
            ctx.header("Allow", allow);
            respond(
                    ctx,
                    405,
                    String.format(
                            "%s is not allowed on %s; use %s.",
                            ctx.method(), ctx.path(), allow.replaceFirst(", ([A-Z]+)$", " or $1")));
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), javalinMessage(e, ctx)));
        routes.exception(Exception.class, (e, ctx) -> {
            Optional<HttpException> refused = clientFault(e);
            if (refused.isPresent()) {
                // the body could not be read to its end: this connection cannot carry another request
                ctx.header("Connection", "close");
                respond(ctx, refused.get().getCode(), unreadable(ctx, refused.get()));
                return;
            }
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "Something went wrong on our side; it was logged. Please try again.");
        });
        routes.error(404, ctx -> {
            if (isEmpty(ctx)) {
                respond(ctx, 404, String.format("Nothing is at %s.", ctx.path()));
            }
        });
    }

    /** Writes an error response in the form that suits the path. */
    public void respond(Context ctx, int status, String message) {
        respond(ctx, status, message, Map.of());
    }

    /** Whether errors on {@code path} are JSON: under {@code /api/} and for {@code /health}. */
    public static boolean wantsJson(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/health"));
    }

    /** The error response: JSON {@code {"detail": ...}} or the error page. */
    public Body body(boolean asJson, int status, String message, Map<String, String> fieldErrors) {
        if (asJson) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("detail", message);
            if (!fieldErrors.isEmpty()) {
                body.put("errors", new TreeMap<>(fieldErrors));
            }
            try {
                return new Body("application/json", json.writeValueAsString(body));
            } catch (Exception e) {
                return new Body("text/plain; charset=utf-8", message);
            }
        }
        return new Body(Templates.HTML, templates.render("error.jte", new ErrorPage(status, title(status), message)));
    }

    private void respond(Context ctx, int status, String message, Map<String, String> fieldErrors) {
        Body body = body(wantsJson(ctx.path()), status, message, fieldErrors);
        ctx.status(status).contentType(body.contentType()).result(body.text());
    }

    // Jetty refuses a body it cannot parse (a multipart form without its boundary, say) with a 4xx
    // wrapped in whatever the handler was doing when it read the form
    private static Optional<HttpException> clientFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException refused && refused.getCode() >= 400 && refused.getCode() < 500) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    private static String unreadable(Context ctx, HttpException refused) {
        String what = ctx.isMultipartFormData() || ctx.isFormUrlencoded() ? "form" : "request body";
        String reason = refused.getReason() == null ? "" : " (" + refused.getReason() + ")";
        return String.format("The %s could not be read%s; submit it again from the page.", what, reason);
    }

    private static boolean isEmpty(Context ctx) {
        String result = ctx.result();
        return result == null || result.isEmpty();
    }

    private static String javalinMessage(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> String.format("Nothing is at %s.", ctx.path());
            case 413 -> String.format(
                    "The request body is too large; send at most %d MB.", App.MAX_REQUEST / (1024 * 1024));
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
            case 415 -> "Unsupported media type";
            case 429 -> "Too many attempts";
            case 431 -> "Headers too large";
            case 503 -> "Unavailable";
            case 505 -> "HTTP version not supported";
            default -> status >= 500 ? "Server error" : "Request refused";
        };
    }
}
