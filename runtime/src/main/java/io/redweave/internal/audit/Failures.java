package io.redweave.internal.audit;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * Turns what Redis or the network threw into one sentence a user can act on, naming the address and
 * the fix; the exception's own text follows only when nothing better is known.
 */
final class Failures {

    private Failures() {}

    static String describe(String where, Throwable failure) {
        String chain = chain(failure);
        if (chain.contains("WRONGPASS") || chain.contains("invalid password") || chain.contains("invalid username")) {
            return String.format(
                    "Redis at %s refused the password (WRONGPASS); give the right one in the URL,"
                            + " redis://:PASSWORD@host:port, or as redis://USER:PASSWORD@host:port for an ACL user",
                    where);
        }
        if (chain.contains("NOAUTH")) {
            return String.format(
                    "Redis at %s needs a password (NOAUTH); give it in the URL, redis://:PASSWORD@host:port", where);
        }
        if (chain.contains("NOPERM")) {
            return String.format(
                    "Redis at %s denies this user a command the audit needs (NOPERM); it needs SCAN, DBSIZE, INFO,"
                            + " PTTL, TYPE and MEMORY USAGE: %s",
                    where, firstLine(chain));
        }
        if (has(failure, UnknownHostException.class)) {
            return String.format("the host of %s is unknown; check the host name in the URL", where);
        }
        if (has(failure, ConnectException.class) || chain.contains("Unable to connect") || chain.contains("refused")) {
            return String.format(
                    "cannot reach Redis at %s (%s); check the host and port, and that Redis is running",
                    where, firstLine(root(failure)));
        }
        if (has(failure, TimeoutException.class) || chain.contains("timed out") || chain.contains("Timeout")) {
            return String.format(
                    "Redis at %s did not answer in time; it may be down, overloaded or behind a firewall", where);
        }
        return String.format("Redis at %s failed: %s", where, firstLine(root(failure)));
    }

    /** The innermost message: what the network or Redis said, without the wrappers' repetitions. */
    private static String root(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Every message in the cause chain, outermost first. */
    private static String chain(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                text.append(text.length() == 0 ? "" : "; ").append(t.getMessage());
            } else {
                text.append(text.length() == 0 ? "" : "; ").append(t.getClass().getSimpleName());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
