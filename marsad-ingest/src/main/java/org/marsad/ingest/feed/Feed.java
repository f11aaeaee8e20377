package org.marsad.ingest.feed;

import java.util.List;

/**
 * A parsed feed.
 *
 * @param format   what it was: "rss_2.0", "rss_1.0" (RDF), "atom_1.0", "json_feed", …
 * @param title    the feed's title
 * @param link     the site's home page, when given
 * @param language the feed's declared language, when given
 * @param items    the entries, in feed order
 */
public record Feed(String format, String title, String link, String language, List<FeedItem> items) {
    public Feed {
        items = List.copyOf(items);
    }
}
