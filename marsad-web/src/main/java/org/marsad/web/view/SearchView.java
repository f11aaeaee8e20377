package org.marsad.web.view;

import java.util.List;
import org.marsad.web.chart.CoverageChart;

/**
 * The search page, also used for outlet and tag pages (a search with a fixed filter).
 *
 * @param heading   the page's heading
 * @param query     the query text as typed (for the search box), or ""
 * @param total     matching articles
 * @param totalText "12 مقالاً" and so on
 * @param chart     the results' coverage by hour, day or month
 * @param sorts     the sort choices
 * @param prev      link to the previous page, or null
 * @param next      link to the next page, or null
 * @param pageText  "الصفحة 2 من 7", or null for a single page
 * @param filters   active filters, each linking to the same search without it
 * @param atom      this search as an Atom feed
 * @param rss       this search as an RSS feed
 * @param csv       this search's articles as a CSV download
 * @param jsonl     this search's articles as a JSON Lines download
 * @param watchHref the watches page with this search as a new watch's query, or null
 * @param figuresHref the figures reported by this search's articles
 * @param emptyText what the page says when nothing matches
 */
public record SearchView(String heading, String query, long total, String totalText, List<HitView> hits,
                         List<Facet> facets, CoverageChart chart, List<Link> sorts, String prev, String next,
                         String pageText, List<Link> filters, String atom, String rss, String csv,
                         String jsonl, String watchHref, String figuresHref, String emptyText) {
}
