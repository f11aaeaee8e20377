package org.marsad.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the precompiled JTE templates (src/main/jte, compiled at build time into org.marsad.web.jte). */
final class Views {
    static final String HTML = "text/html; charset=utf-8";
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Views.class.getClassLoader(), "org.marsad.web.jte");

    /** Renders a template into the response, with the charset that {@code ctx.html()} would leave out. */
    void render(Context ctx, String template, Map<String, Object> params) {
        ctx.contentType(HTML).result(render(template, params));
    }

    /** Renders a template to a string. */
    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        engine.render(template, params, out);
        return out.toString();
    }
}
