package org.marsad.web;

import io.javalin.http.Context;

/**
 * Headers on every response. The pages use no script at all, so the policy allows none; styles and images come
 * only from this site (the chart is inline SVG in the HTML, which needs no image source).
 */
final class SecurityHeaders {
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        headers(ctx.path()).forEach(ctx::header);
    }

    /** The headers for a response to this path (also for the error pages Jetty itself answers). */
    static java.util.Map<String, String> headers(String path) {
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        String p = path == null ? "" : path;
        if (p.startsWith("/api/") || p.startsWith("/feed.") || p.equals("/sources.opml")) {
            // read-only public data: let other sites' scripts and feed readers fetch it
            h.put("Access-Control-Allow-Origin", "*");
        }
        return h;
    }
}
