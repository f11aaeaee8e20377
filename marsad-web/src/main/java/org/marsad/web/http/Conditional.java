package org.marsad.web.http;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Conditional GET (RFC 9110 §13) for responses rendered in full: the ETag is a digest of the bytes, so it changes
 * exactly when the response does; {@code Last-Modified} is when the data behind it last changed. A feed reader
 * polling an unchanged feed gets a bodiless 304, and so does a browser or script asking again for an unchanged page
 * or API answer ({@link #revalidate}).
 */
public final class Conditional {
    private Conditional() {
    }

    /**
     * Answers with {@code body}, or with 304 when the request's validators show the client has it already.
     * {@code If-None-Match} wins over {@code If-Modified-Since} when both are sent.
     *
     * @param lastModified when the data last changed, or null when unknown (no {@code Last-Modified})
     */
    public static void send(Context ctx, String contentType, String body, Instant lastModified) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = etag(bytes);
        ctx.header("ETag", etag);
        Instant modified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
        if (modified != null) {
            ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC)));
        }
        if (notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), etag, modified)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(contentType).result(bytes);
    }

    /** The cache policy of a page or API answer that names no other: anyone may keep it, but must ask again. */
    public static final String REVALIDATE = "no-cache";
    /** The cache policy of a response for one viewer only (it sets a cookie, or a signed-in request was answered). */
    public static final String ONE_VIEWER = "private, no-store";
    /**
     * What else a page or API answer depends on: the same address shows a signed-in viewer's name and CSRF token
     * (cookie) or a token holder's data (Authorization), so a shared cache must not hand one request's copy to
     * another request that carries different credentials.
     */
    public static final String VARY = "Cookie, Authorization";

    /**
     * Gives a successful GET or HEAD whose body was rendered in memory its validator and cache policy, and answers
     * 304 instead when the request's {@code If-None-Match} already names these bytes. Runs after the route.
     * <ul>
     *   <li>A {@code Cache-Control} the route or the access guard set is kept (signed-in and private-site answers
     *       are {@code private, no-store}: never kept by a shared cache); a response setting a cookie becomes
     *       {@value #ONE_VIEWER} unless it is {@code no-store} already; any other answer gets
     *       {@value #REVALIDATE}, so a cache may keep it but asks before each use, and new articles show at
     *       once.</li>
     *   <li>{@code Vary: Cookie, Authorization} unless the route declared the bytes {@code public} (static files
     *       are the same for everyone).</li>
     *   <li>A route that answered conditionally itself (feeds, with {@code Last-Modified}) keeps its ETag and
     *       status; a streamed body (exports) gets no ETag, as it is never held whole.</li>
     * </ul>
     * The ETag is taken over the bytes sent, so two viewers whose pages differ (a name, a CSRF token) never share
     * one, and a client can never get a 304 for a page it was not sent. Routes with a {@link Validator} (searches)
     * get their tag before running, and a 304 skips the search and the rendering too.
     */
    public static void revalidate(Context ctx) {
        if (ctx.statusCode() != 200) {
            Validator.withdraw(ctx);
            return;
        }
        String cacheControl = policy(ctx);
        if (ctx.res().getHeader("ETag") != null) {
            return;
        }
        InputStream body = ctx.resultInputStream();
        if (!(body instanceof ByteArrayInputStream)) {
            return;
        }
        byte[] bytes = ((ByteArrayInputStream) body).readAllBytes();
        String etag = etag(bytes);
        ctx.header("ETag", etag);
        if (notModified(ctx.header("If-None-Match"), null, etag, null)) {
            ctx.status(304);
            ctx.result(new byte[0]);
        } else {
            ctx.result(bytes);
        }
    }

    /** Sets the cache policy and Vary of a page or API answer (see {@link #revalidate}); returns the policy. */
    static String policy(Context ctx) {
        String cacheControl = ctx.res().getHeader("Cache-Control");
        if (ctx.res().getHeaders("Set-Cookie").isEmpty()) {
            if (cacheControl == null) {
                cacheControl = REVALIDATE;
                ctx.header("Cache-Control", cacheControl);
            }
        } else if (cacheControl == null || !cacheControl.contains("no-store")) {
            // The sign-in form's token or a new session: for this browser alone, and not worth keeping.
            cacheControl = ONE_VIEWER;
            ctx.header("Cache-Control", cacheControl);
        }
        if (!cacheControl.contains("public")) {
            ctx.header("Vary", VARY);
        }
        return cacheControl;
    }

    /** Whether a client holding these validators has the current representation. */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant modified) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                // Weak comparison, as RFC 9110 asks for If-None-Match.
                if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null && modified != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return !modified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an invalid date is ignored (RFC 9110 §13.1.3)
            }
        }
        return false;
    }

    static String etag(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(d, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
