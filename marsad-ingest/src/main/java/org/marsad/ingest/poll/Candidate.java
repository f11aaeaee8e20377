package org.marsad.ingest.poll;

import java.time.OffsetDateTime;
import org.marsad.ingest.feed.FeedItem;
import org.marsad.ingest.sitemap.SitemapEntry;
import org.marsad.ingest.source.Source;
import org.marsad.model.PageZone;
import org.marsad.model.PublishedDates;

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

    /** The instant the listing gives for the article's publication, when it states one with an offset. */
    OffsetDateTime listedInstant() {
        String listed = item != null ? item.published() : entry != null ? entry.published() : null;
        return PublishedDates.instant(listed).orElse(null);
    }

    /**
     * Where the article page's times without an offset are: the source's configured zone, else the offset that
     * makes the page's time the listing's instant for the same article, else unknown.
     */
    PageZone pageZone(Source source) {
        return source.pageZone().orElse(PageZone.matching(listedInstant()));
    }
}
