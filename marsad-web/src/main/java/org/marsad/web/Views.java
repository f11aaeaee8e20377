package org.marsad.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.marsad.web.view.Page;
import org.marsad.web.view.Viewer;

/** Renders the precompiled JTE templates (src/main/jte, compiled at build time into org.marsad.web.jte). */
final class Views {
    static final String HTML = "text/html; charset=utf-8";
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Views.class.getClassLoader(), "org.marsad.web.jte");
    private final Function<Context, Viewer> viewer;

    /** Pages seen by nobody in particular (no accounts). */
    Views() {
        this(ctx -> Viewer.anonymous(false));
    }

    /** Pages that show who is looking: the header's user and sign-out, the forms' CSRF token. */
    Views(Function<Context, Viewer> viewer) {
        this.viewer = viewer;
    }

    /**
     * Renders a template into the response, with the charset that {@code ctx.html()} would leave out. The page's
     * viewer is filled in from the request, so no route has to.
     */
    void render(Context ctx, String template, Map<String, Object> params) {
        Map<String, Object> p = params;
        if (params.get("page") instanceof Page page) {
            p = new LinkedHashMap<>(params);
            p.put("page", page.withViewer(viewer.apply(ctx)));
        }
        ctx.contentType(HTML).result(renderBytes(template, p));
    }

    /** The page that asks before {@code ask}'s action; its form is the only way the action is posted from a page. */
    void confirm(Context ctx, String title, org.marsad.web.view.Confirmation ask) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled(title));
        m.put("ask", ask);
        render(ctx, "confirm.jte", m);
    }

    /**
     * Renders a template straight to the UTF-8 bytes sent (the same bytes as {@link #render(String, Map)}'s text
     * encoded). Through a string, a search page was copied four times after its templates wrote it (the builder
     * growing, the string, its encoding, the ETag's read), a quarter of the rendering's CPU. {@link PageBytes}
     * rather than jte's byte output, which made an array of every piece between two escaped characters; {@link
     * PageHtml} escapes the common values into it in one pass.
     */
    byte[] renderBytes(String template, Map<String, Object> params) {
        PageBytes out = new PageBytes(16 * 1024);
        engine.render(template, params, new PageHtml(out));
        return out.toByteArray();
    }

    /** Renders a template to a string. */
    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        engine.render(template, params, out);
        return out.toString();
    }
}
