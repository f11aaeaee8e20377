package org.marsad.web.http;

import io.javalin.http.Context;
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
 * polling an unchanged feed gets a bodiless 304.
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
