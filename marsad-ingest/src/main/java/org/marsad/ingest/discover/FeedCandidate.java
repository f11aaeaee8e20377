package org.marsad.ingest.discover;

import java.net.URI;
import java.util.Objects;

/**
 * A feed or sitemap found for a site, checked by fetching and reading it.
 *
 * @param url     where it is (after redirects)
 * @param kind    what it is
 * @param title   its own title (a feed's, else the page link's), or null
 * @param entries how many items (or sitemap URLs, or child sitemaps) it lists now
 * @param found   how it was found
 */
public record FeedCandidate(URI url, Kind kind, String title, int entries, Found found) {

    /** What a candidate is. */
    public enum Kind {
        RSS, ATOM, RDF, JSON_FEED, SITEMAP;

        /** True for a feed; false for a sitemap. */
        public boolean isFeed() {
            return this != SITEMAP;
        }

        /** The kind of a feed by {@link org.marsad.ingest.feed.Feed#format()}. */
        static Kind ofFeedFormat(String format) {
            String f = format == null ? "" : format;
            if (f.startsWith("atom")) {
                return ATOM;
            }
            if (f.equals("rss_1.0")) {
                return RDF;
            }
            if (f.equals("json_feed")) {
                return JSON_FEED;
            }
            return RSS;
        }
    }

    /** How a candidate was found. */
    public enum Found {
        /** the address given is itself a feed or sitemap */
        GIVEN,
        /** the home page links it ({@code <link rel="alternate">}) */
        PAGE_LINK,
        /** at a path where sites commonly keep their feed (/feed, /rss.xml …) */
        COMMON_PATH,
        /** named on a {@code Sitemap:} line of the site's robots.txt */
        ROBOTS_TXT
    }

    public FeedCandidate {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(found, "found");
        title = title == null || title.isBlank() ? null : title.strip();
    }
}
