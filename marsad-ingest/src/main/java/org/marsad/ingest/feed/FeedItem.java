package org.marsad.ingest.feed;

import java.util.List;

/**
 * One entry of a feed, as the feed states it.
 *
 * @param id            the entry's guid/id, when given
 * @param title         the headline (plain text)
 * @param link          the article URL, absolute
 * @param published     ISO-8601 publication (or, lacking it, update) date keeping the feed's offset; null if none
 * @param publishedText the date exactly as written in the feed
 * @param summary       the description/summary, possibly HTML
 * @param contentHtml   the full content (content:encoded, Atom content, JSON content_html/text), possibly HTML
 * @param author        the author's name
 * @param categories    category/tag labels
 */
public record FeedItem(String id, String title, String link, String published, String publishedText,
                       String summary, String contentHtml, String author, List<String> categories) {
    public FeedItem {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
