package io.redweave.demo.web;

import io.javalin.http.Context;
import io.redweave.demo.App;

/**
 * Reads what a client sent and nobody read, before the answer goes out. A route that refuses a
 * request early (401, 404, 405...) leaves its body unread; Jetty then closes the connection, and
 * closing a socket with unread bytes makes the kernel send a reset that can destroy the answer on
 * its way, so the client sees "no response" instead of the 4xx. Bodies up to {@link
 * App#MAX_REQUEST} are read and dropped; anything else (a larger or unreadable body, a multipart
 * form that failed to parse) is answered with {@code Connection: close}, so that the client opens a
 * new connection for its next request instead of sending it on one that is about to end.
 */
public final class RequestBodies {

    private RequestBodies() {}

    /** Drains the request body if it was not read, or asks for the connection to be closed. */
    public static void drain(Context ctx) {
        long length = ctx.contentLength();
        if (length == 0) {
            return;
        }
        if (length < 0 && ctx.header("Transfer-Encoding") == null) {
            return;
        }
        if (length > App.MAX_REQUEST) {
            ctx.header("Connection", "close");
            return;
        }
        try {
            ctx.bodyAsBytes();
        } catch (RuntimeException e) {
            ctx.header("Connection", "close");
        }
    }
}
