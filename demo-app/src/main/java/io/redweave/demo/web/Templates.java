package io.redweave.demo.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the JTE templates compiled into the jar at build time. Every template takes one
 * parameter, {@code page}: the record that holds what it shows.
 */
public final class Templates {

    /** The content type of every page: HTML in UTF-8, said in the header, not left to the browser. */
    public static final String HTML = "text/html; charset=utf-8";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code template} (e.g. {@code "gallery.jte"}) with {@code page} as the response. */
    public void render(Context ctx, String template, Object page) {
        ctx.contentType(HTML).result(render(template, page));
    }

    /** Renders {@code template} with {@code page} to a string. */
    public String render(String template, Object page) {
        StringOutput out = new StringOutput();
        engine.render(template, Map.of("page", page), out);
        return out.toString();
    }
}
