package org.marsad.ingest.poll;

import org.marsad.ingest.feed.FeedItem;
import org.marsad.ingest.sitemap.SitemapEntry;

/**
 * An article URL found in a feed or a sitemap, with what the listing said about it.
 *
 * @param url          the article URL
 * @param listing      the feed or sitemap URL it was found in
 * @param item         the feed item, or null when found in a sitemap
 * @param entry        the sitemap entry, or null when found in a feed
 * @param feedLanguage the feed's declared language, or null
 */
record Candidate(String url, String listing, FeedItem item, SitemapEntry entry, String feedLanguage) {

    /** The time used to take the newest first: the listing's publication date, else the sitemap lastmod. */
    String sortKey() {
        if (item != null && item.published() != null) {
            return item.published();
        }
        if (entry != null) {
            return entry.published() != null ? entry.published() : entry.lastModified();
        }
        return null;
    }
}
