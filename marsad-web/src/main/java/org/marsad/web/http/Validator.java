package org.marsad.web.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An ETag computed BEFORE a route searches or renders anything, from a cheap version of everything its answer reads:
 * the data's stamp (index reader version, store change number, entities' version, this process's own changes: see
 * {@code Archive.searchStamp}), the address asked for (path and query), who is asking (name, role and CSRF token of
 * the viewer: another viewer's page can never answer a conditional request) and, for pages that show relative
 * dates, the minute of the clock they are rendered at. When the request's {@code If-None-Match} already names it,
 * the answer is a 304 and the route never runs; else the route runs and the response carries this tag.
 *
 * <p>The tag also holds a number drawn when the server starts, so a restarted server (new code, other templates)
 * never confirms a page the old one rendered. When the data cannot give a stamp (a shared SolrCloud collection),
 * nothing is computed here and the response gets the digest of its bytes ({@link Conditional#revalidate}).
 */
public final class Validator {
    /** Request attribute marking a response whose ETag this validator set. */
    static final String SET = "marsad.validator";

    private final Supplier<String> stamp;
    private final Function<Context, String> viewer;
    private final Clock clock;
    private final String process;

    /**
     * @param stamp  the data's stamp now, or null when unknown
     * @param viewer who is asking, as a string that differs between any two viewers whose pages differ
     * @param clock  the clock pages read for relative dates (they must render at minute resolution)
     */
    public Validator(Supplier<String> stamp, Function<Context, String> viewer, Clock clock) {
        this.stamp = stamp;
        this.viewer = viewer;
        this.clock = clock;
        byte[] b = new byte[8];
        new SecureRandom().nextBytes(b);
        this.process = HexFormat.of().formatHex(b);
    }

    /**
     * Sets this request's ETag, and answers 304 when the client holds it already (with the cache policy a full
     * answer would have). Returns true when it answered, so the route must not run.
     *
     * @param readsClock whether the answer shows times relative to now (pages): the minute then is part of the tag
     */
    public boolean answer(Context ctx, boolean readsClock) {
        String tag = tag(ctx, readsClock);
        if (tag == null) {
            return false;
        }
        ctx.header("ETag", tag);
        ctx.attribute(SET, Boolean.TRUE);
        if (Conditional.notModified(ctx.header("If-None-Match"), null, tag, null)) {
            Conditional.policy(ctx);
            ctx.status(304);
            return true;
        }
        return false;
    }

    /** The tag of this request's answer now, or null when the data gives no stamp. */
    String tag(Context ctx, boolean readsClock) {
        String s = stamp.get();
        if (s == null) {
            return null;
        }
        String query = ctx.queryString();
        StringBuilder b = new StringBuilder(160)
                .append(process).append('\n')
                .append(s).append('\n')
                .append(ctx.path()).append('?').append(query == null ? "" : query).append('\n')
                .append(viewer.apply(ctx)).append('\n')
                .append(readsClock ? Long.toString(Math.floorDiv(clock.millis(), 60_000L)) : "-");
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return "\"s" + HexFormat.of().formatHex(d, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes back the tag this validator set when the route did not answer 200 (an error carries no validator). */
    public static void withdraw(Context ctx) {
        if (ctx.attribute(SET) != null) {
            ctx.res().setHeader("ETag", null);
            ctx.attribute(SET, null);
        }
    }
}
