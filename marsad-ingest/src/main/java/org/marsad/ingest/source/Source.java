package org.marsad.ingest.source;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.marsad.model.PageZone;

/**
 * An outlet Marsad polls.
 *
 * @param name         unique name ("BBC Arabic"), as the user typed it
 * @param homepage     the outlet's site, or null
 * @param country      ISO 3166-1 alpha-2 country code, or null
 * @param language     ISO 639-1 language code of its articles ("ar"), or null
 * @param category     the desk's category for it ("اقتصاد", an OPML folder), or null; its articles carry it and
 *                     the search filter {@code category:} finds them by it
 * @param feeds        feed URLs (RSS, Atom, RDF or JSON Feed)
 * @param sitemap      a (news) sitemap or sitemap index URL, or null
 * @param pollInterval time between two polls when healthy
 * @param allowPrivate whether requests may go to private/loopback addresses (an intranet or test source)
 * @param health       how polling has gone
 * @param timeZone     where the outlet's pages and feeds are when they write a time without an offset
 *                     ("Africa/Cairo"), or null: such a time then keeps only its day (never taken as UTC)
 * @param paused       an editor stopped its polling for now; everything else about it is kept
 */
public record Source(String name, URI homepage, String country, String language, String category, List<URI> feeds,
                     URI sitemap, Duration pollInterval, boolean allowPrivate, SourceHealth health, ZoneId timeZone,
                     boolean paused) {

    /** How often a source is polled unless it says otherwise. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
    /** Polls closer together than this would be impolite. */
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);
    /** The longest category name (it is a column and a search filter value). */
    public static final int MAX_CATEGORY = 200;

    public Source {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a source needs a name");
        }
        name = name.strip();
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        if (feeds.isEmpty() && sitemap == null) {
            throw new IllegalArgumentException("source '" + name + "' needs a feed or a sitemap");
        }
        for (URI u : feeds) {
            requireHttp(u, "feed");
        }
        if (sitemap != null) {
            requireHttp(sitemap, "sitemap");
        }
        if (homepage != null) {
            requireHttp(homepage, "homepage");
        }
        pollInterval = pollInterval == null ? DEFAULT_INTERVAL : pollInterval;
        if (pollInterval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("poll interval of '" + name + "' is below " + MIN_INTERVAL.toMinutes()
                    + " minute");
        }
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        health = Objects.requireNonNullElse(health, SourceHealth.NEW);
        category = category(category);
    }

    /** A source that is not paused. */
    public Source(String name, URI homepage, String country, String language, String category, List<URI> feeds,
                  URI sitemap, Duration pollInterval, boolean allowPrivate, SourceHealth health, ZoneId timeZone) {
        this(name, homepage, country, language, category, feeds, sitemap, pollInterval, allowPrivate, health, timeZone,
                false);
    }

    /** A source without a configured time zone. */
    public Source(String name, URI homepage, String country, String language, String category, List<URI> feeds,
                  URI sitemap, Duration pollInterval, boolean allowPrivate, SourceHealth health) {
        this(name, homepage, country, language, category, feeds, sitemap, pollInterval, allowPrivate, health, null);
    }

    /** A source without a category or a configured time zone. */
    public Source(String name, URI homepage, String country, String language, List<URI> feeds, URI sitemap,
                  Duration pollInterval, boolean allowPrivate, SourceHealth health) {
        this(name, homepage, country, language, null, feeds, sitemap, pollInterval, allowPrivate, health, null);
    }

    /**
     * A category as stored: spaces collapsed and trimmed, blank is none.
     *
     * @throws IllegalArgumentException when it is longer than {@link #MAX_CATEGORY} or holds control characters
     */
    public static String category(String text) {
        if (text == null) {
            return null;
        }
        String c = text.replaceAll("\\s+", " ").strip();
        if (c.isEmpty()) {
            return null;
        }
        if (c.length() > MAX_CATEGORY) {
            throw new IllegalArgumentException("a category has at most " + MAX_CATEGORY + " characters");
        }
        if (c.chars().anyMatch(ch -> Character.getType(ch) == Character.CONTROL
                || Character.getType(ch) == Character.FORMAT && ch != 0x200C && ch != 0x200D)) {
            throw new IllegalArgumentException("a category may not hold control or formatting characters");
        }
        return c;
    }

    /** A new source with default interval and no history. */
    public static Source of(String name, List<URI> feeds, URI sitemap, boolean allowPrivate) {
        return new Source(name, null, null, null, feeds, sitemap, DEFAULT_INTERVAL, allowPrivate, SourceHealth.NEW);
    }

    public Source withHealth(SourceHealth h) {
        return new Source(name, homepage, country, language, category, feeds, sitemap, pollInterval, allowPrivate, h,
                timeZone, paused);
    }

    /** The same source reading these feeds. */
    public Source withFeeds(List<URI> newFeeds) {
        return new Source(name, homepage, country, language, category, newFeeds, sitemap, pollInterval, allowPrivate,
                health, timeZone, paused);
    }

    public Source withCategory(String newCategory) {
        return new Source(name, homepage, country, language, newCategory, feeds, sitemap, pollInterval, allowPrivate,
                health, timeZone, paused);
    }

    public Source withTimeZone(ZoneId zone) {
        return new Source(name, homepage, country, language, category, feeds, sitemap, pollInterval, allowPrivate,
                health, zone, paused);
    }

    /** The same source, allowed (or not) to reach private, loopback and link-local addresses. */
    public Source withAllowPrivate(boolean allow) {
        return new Source(name, homepage, country, language, category, feeds, sitemap, pollInterval, allow, health,
                timeZone, paused);
    }

    public Source withPaused(boolean isPaused) {
        return new Source(name, homepage, country, language, category, feeds, sitemap, pollInterval, allowPrivate,
                health, timeZone, isPaused);
    }

    /** Whether the poller should fetch it now: not paused, and its next poll has come. */
    public boolean isDue(java.time.Instant now) {
        return !paused && health.isDue(now);
    }

    /** Where this outlet's times without an offset are: its configured zone, else unknown. */
    public PageZone pageZone() {
        return PageZone.of(timeZone);
    }

    /**
     * Parses a time zone the user gave: a region ID ("Asia/Riyadh", preferred, as it knows summer time) or a fixed
     * offset ("+03:00", "UTC"), with a one-line error.
     */
    public static ZoneId timeZone(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return ZoneId.of(t);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + t
                    + "': give a region such as Asia/Riyadh or Africa/Cairo, or an offset such as +03:00");
        }
    }

    private static void requireHttp(URI u, String what) {
        String s = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(s.equals("http") || s.equals("https")) || u.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an http(s) URL: " + u);
        }
    }

    /** Parses a URL the user gave, with a one-line error. */
    public static URI url(String text, String what) {
        try {
            URI u = new URI(text.strip());
            requireHttp(u, what);
            return u;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(what + " is not a valid URL: " + text);
        }
    }
}
