package org.marsad.web.http;

import io.javalin.http.Context;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * The site's origin for the absolute links that feeds and OPML carry: the configured base URL ({@code --base-url})
 * when there is one; else, behind a trusted proxy ({@code --trust-proxy}), the scheme and host it forwards; else the
 * request's own. Entry ids never depend on it (see the feed package).
 */
public final class SiteOrigin {
    // A host name or address with an optional port: anything else forwarded is ignored, not echoed into links.
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    private final String base;
    private final boolean trustProxy;

    /**
     * @param baseUrl    the public address of the site, or null
     * @param trustProxy whether {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} come from a proxy we trust
     */
    public SiteOrigin(URI baseUrl, boolean trustProxy) {
        String b = baseUrl == null ? null : baseUrl.toString();
        this.base = b != null && b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.trustProxy = trustProxy;
    }

    /** The origin (and path prefix, with a base URL) without a trailing slash, e.g. {@code https://example.org}. */
    public String of(Context ctx) {
        if (base != null) {
            return base;
        }
        String scheme = ctx.scheme();
        String host = ctx.host();
        if (trustProxy) {
            String proto = last(ctx.header("X-Forwarded-Proto"));
            if ("https".equalsIgnoreCase(proto) || "http".equalsIgnoreCase(proto)) {
                scheme = proto.toLowerCase(java.util.Locale.ROOT);
            }
            String fwdHost = last(ctx.header("X-Forwarded-Host"));
            if (fwdHost != null && HOST.matcher(fwdHost).matches()) {
                host = fwdHost;
            }
        }
        if (host == null || !HOST.matcher(host).matches()) {
            host = "localhost";
        }
        return scheme + "://" + host;
    }

    // A proxy appends to a list: the last value is the trusted proxy's own.
    private static String last(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] parts = header.split(",");
        return parts[parts.length - 1].strip();
    }
}
