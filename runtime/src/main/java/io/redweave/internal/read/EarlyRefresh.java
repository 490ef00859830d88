package io.redweave.internal.read;

/**
 * The two early-refresh rules, as pure functions of the clock so that tests can move time.
 *
 * <p>XFetch (Vattani, Chierichetti, Lowenstein, "Optimal Probabilistic Cache Stampede Prevention",
 * VLDB 2015): a reader recomputes when {@code now - delta * beta * ln(u) >= expiry}, u uniform in
 * (0, 1]. Since {@code -ln(u)} is exponentially distributed, the chance that one read recomputes is
 * {@code exp(-(expiry - now) / (delta * beta))}: negligible while the expiry is many load times
 * away, rising to 1 at the expiry, and earlier for values that take longer to load. Under steady
 * traffic one reader recomputes shortly before expiry and the others keep the current value.
 */
final class EarlyRefresh {

    private EarlyRefresh() {}

    /** Whether a reader at {@code now} with draw {@code u} in (0, 1] recomputes (XFetch). */
    static boolean xfetch(long now, long deltaMillis, double beta, long expiresAt, double u) {
        return now - deltaMillis * beta * Math.log(u) >= expiresAt;
    }

    /** Whether {@code now} falls in the stale-while-revalidate window before {@code expiresAt}. */
    static boolean inRefreshWindow(long now, long expiresAt, long windowMillis) {
        return windowMillis > 0 && now >= expiresAt - windowMillis;
    }
}
