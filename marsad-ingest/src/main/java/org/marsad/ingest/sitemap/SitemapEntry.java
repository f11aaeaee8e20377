package org.marsad.ingest.sitemap;

/**
 * One {@code <url>} of a sitemap, with its Google News extension when present.
 *
 * @param url           the page URL (absolute)
 * @param lastModified  {@code <lastmod>} as ISO-8601 keeping its offset, or null
 * @param title         {@code <news:title>}, or null
 * @param published     {@code <news:publication_date>} as ISO-8601 keeping its offset, or null
 * @param publishedText the publication date as written, or null
 * @param language      {@code <news:language>}, or null
 */
public record SitemapEntry(String url, String lastModified, String title, String published, String publishedText,
                           String language) {

    /** Whether the entry came with the News extension (a news sitemap). */
    public boolean isNews() {
        return title != null || published != null;
    }
}
