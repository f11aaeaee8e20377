package org.marsad.ingest.sitemap;

import java.util.List;

/** A parsed sitemap: either a list of pages or an index of further sitemaps. */
public sealed interface Sitemap {

    /** A {@code <urlset>} (or a plain-text list of URLs). */
    record UrlSet(List<SitemapEntry> entries) implements Sitemap {
        public UrlSet {
            entries = List.copyOf(entries);
        }
    }

    /** A {@code <sitemapindex>}. */
    record Index(List<Child> sitemaps) implements Sitemap {
        public Index {
            sitemaps = List.copyOf(sitemaps);
        }
    }

    /** A sitemap listed in an index, with its {@code <lastmod>} (ISO-8601) when given. */
    record Child(String url, String lastModified) {
    }
}
