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
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        String p = ctx.path();
        if (p.startsWith("/api/") || p.startsWith("/feed.") || p.equals("/sources.opml")) {
            // read-only public data: let other sites' scripts and feed readers fetch it
            ctx.header("Access-Control-Allow-Origin", "*");
        }
    }
}
