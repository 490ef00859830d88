package io.redweave.demo.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before any route sees them: a {@code %00} or an ambiguous
 * {@code ..;} segment in the path (400), headers too large (431), an unknown HTTP version (505).
 * Without it Jetty writes its own bare HTML page; with it the answer has the site's form (JSON under
 * {@code /api/}, the error page elsewhere) and its security headers. A request line Jetty could not
 * parse at all (a {@code %00}, an unknown version) leaves no path to choose by: it gets JSON, which a
 * client can parse and a person can still read.
 */
public final class ProtocolErrors extends ErrorHandler {

    private final ErrorHandling pages;

    public ProtocolErrors(ErrorHandling pages) {
        this.pages = pages;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String reason = (String) request.getAttribute(ERROR_MESSAGE);
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException refused) {
            status = refused.getCode();
            reason = refused.getReason();
        }
        if (status < 400) {
            status = 500;
        }
        // Jetty names a request line it could not parse "BAD /badMessage"
        boolean unparsed = "BAD".equals(request.getMethod()) || request.getHttpURI() == null;
        String path = unparsed ? "" : request.getHttpURI().getPath();
        ErrorHandling.Body body =
                pages.body(unparsed || ErrorHandling.wantsJson(path), status, message(status, reason), Map.of());
        response.setStatus(status);
        SecurityHeaders.forPath(path)
                .forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, body.contentType());
        if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
        } else {
            response.write(true, ByteBuffer.wrap(body.text().getBytes(StandardCharsets.UTF_8)), callback);
        }
        return true;
    }

    private static String message(int status, String reason) {
        return switch (status) {
            case 400 -> "The request is malformed" + detail(reason) + "; check the address and the headers.";
            case 414 -> "The address is too long; shorten it.";
            case 431 -> "The request headers are too large; send fewer or smaller headers (cookies count too).";
            case 505 -> "This HTTP version is not supported; use HTTP/1.1.";
            default -> status >= 500
                    ? "Something went wrong on our side; please try again."
                    : "The request was refused" + detail(reason) + ".";
        };
    }

    // Jetty's reasons are short phrases ("Ambiguous URI path separator"); anything else is left out
    private static String detail(String reason) {
        if (reason == null
                || reason.length() > 80
                || !reason.matches("[A-Za-z0-9 .:/%_-]+")
                || reason.equalsIgnoreCase("Bad Request")) {
            return "";
        }
        return " (" + reason + ")";
    }
}
