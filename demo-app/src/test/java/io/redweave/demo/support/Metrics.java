package io.redweave.demo.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one sample from {@code /metrics}, as Prometheus would. */
public final class Metrics {

    private Metrics() {}

    /** The value of {@code sample} (name and labels exactly as exposed), 0 when absent. */
    public static long value(WebClient web, String sample) {
        String text = web.get("/metrics").body();
        Matcher m = Pattern.compile("^" + Pattern.quote(sample) + " ([0-9.eE+-]+)$", Pattern.MULTILINE)
                .matcher(text);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }
}
