package org.marsad.web.feed;

import java.io.Writer;
import java.util.List;

/** Writes an RSS 2.0 feed, with an atom:link to itself as feed validators recommend. */
public final class RssWriter {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private RssWriter() {
    }

    public static void write(FeedInfo info, List<FeedEntry> entries, Writer out) {
        try (Xml x = new Xml(out)) {
            x.start("rss").attr("version", "2.0").attr("xmlns:atom", ATOM);
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
                x.start("guid").attr("isPermaLink", "true").text(e.link()).end();
                FeedDates.parse(e.published()).ifPresent(t -> x.element("pubDate", FeedDates.rfc822(t)));
                for (String tag : e.tags()) {
                    x.element("category", tag);
                }
                x.element("description", e.summary());
                x.end();
            }
            x.end();
            x.end();
        }
    }
}
