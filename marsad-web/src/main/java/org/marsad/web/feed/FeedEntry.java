package org.marsad.web.feed;

import java.util.List;

/**
 * One item of an outgoing feed.
 *
 * @param id        the article's stable id
 * @param title     headline
 * @param link      absolute URL of the article's page
 * @param published ISO-8601 date or date-time as stored, or null
 * @param source    outlet name, or null
 * @param summary   plain-text summary, or null
 * @param tags      categories
 * @param fetchedAt ISO-8601 instant Marsad fetched the article, or null: an undated entry is dated by it
 */
public record FeedEntry(String id, String title, String link, String published, String source, String summary,
                        List<String> tags, String fetchedAt) {
    public FeedEntry {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** An entry whose fetch time is not at hand (it has a publication date, or none is known). */
    public FeedEntry(String id, String title, String link, String published, String source, String summary,
                     List<String> tags) {
        this(id, title, link, published, source, summary, tags, null);
    }
}
