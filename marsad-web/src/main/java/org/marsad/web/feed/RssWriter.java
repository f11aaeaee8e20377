package org.marsad.web.feed;

import java.io.Writer;
import java.util.List;

/**
 * Writes an RSS 2.0 feed, with an atom:link to itself as feed validators recommend. An item links to the original
 * article (its Marsad page as an {@code atom:link rel="related"}), has the permanent entry id as a non-permalink
 * guid, and carries the full text in {@code content:encoded} when it has a body.
 *
 * <p>Dates say the same as the Atom feed's: {@code pubDate} is the article's publication and nothing else (Atom's
 * {@code published}); an undated article has no {@code pubDate} but a {@code dc:date} with the time Marsad collected
 * it (Atom's {@code updated}), so a reader can still order it, and order it the same way on every request.
 */
public final class RssWriter {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private RssWriter() {
    }

    public static void write(FeedInfo info, List<FeedEntry> entries, Writer out) {
        boolean full = entries.stream().anyMatch(e -> !e.body().isEmpty());
        try (Xml x = new Xml(out)) {
            x.start("rss").attr("version", "2.0").attr("xmlns:atom", ATOM);
            if (full) {
                x.attr("xmlns:content", CONTENT);
            }
            boolean undated = entries.stream().anyMatch(e -> FeedDates.parse(e.published()).isEmpty()
                    && FeedDates.collected(e).isPresent());
            if (undated) {
                x.attr("xmlns:dc", DC);
            }
            x.start("channel");
            x.element("title", info.title());
            x.element("link", info.siteUrl());
            x.element("description", info.subtitle() == null ? info.title() : info.subtitle());
            x.element("language", "ar");
            x.element("generator", "Marsad");
            x.start("atom:link").attr("href", info.selfUrl()).attr("rel", "self")
                    .attr("type", "application/rss+xml").end();
            for (FeedEntry e : entries) {
                x.start("item");
                x.element("title", e.title() == null ? "" : e.title());
                x.element("link", e.link());
                if (e.page() != null && !e.page().equals(e.link())) {
                    x.start("atom:link").attr("rel", "related").attr("type", "text/html").attr("href", e.page())
                            .end();
                }
                x.start("guid").attr("isPermaLink", "false").text(e.id()).end();
                var published = FeedDates.parse(e.published());
                if (published.isPresent()) {
                    x.element("pubDate", FeedDates.rfc822(published.get()));
                } else {
                    // Never a publication date that the article did not give: the collection time, named as such.
                    FeedDates.collected(e).ifPresent(t -> x.element("dc:date", FeedDates.rfc3339(t)));
                }
                for (String tag : e.tags()) {
                    x.element("category", tag);
                }
                x.element("description", e.summary());
                if (!e.body().isEmpty()) {
                    x.start("content:encoded").text(Html.paragraphs(e.body())).end();
                }
                x.end();
            }
            x.end();
            x.end();
        }
    }
}
