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
 * @param repair   when the feed was not well-formed XML and was read leniently, one line saying what was
 *                 dropped to read it (for the poll's report: the outlet's feed is broken); null when it was read
 *                 as it is
 * @param dropped  how many characters were dropped to read it (0 when it was read as it is)
 */
public record Feed(String format, String title, String link, String language, List<FeedItem> items,
                   String repair, int dropped) {
    public Feed {
        items = List.copyOf(items);
    }

    /** A feed read as it is. */
    public Feed(String format, String title, String link, String language, List<FeedItem> items) {
        this(format, title, link, language, items, null, 0);
    }
}
