package org.marsad.web.feed;

import java.io.Writer;
import java.time.OffsetDateTime;
import java.util.List;

/** Writes an OPML 2.0 subscription list: one outline per outlet, pointing at that outlet's feed. */
public final class OpmlWriter {

    /**
     * One subscription.
     *
     * @param name    outlet name (text and title of the outline)
     * @param feedUrl absolute URL of the outlet's RSS feed
     * @param pageUrl absolute URL of the outlet's HTML page
     */
    public record Outline(String name, String feedUrl, String pageUrl) {
    }

    private OpmlWriter() {
    }

    public static void write(String title, List<Outline> outlines, OffsetDateTime created, Writer out) {
        try (Xml x = new Xml(out)) {
            x.start("opml").attr("version", "2.0");
            x.start("head");
            x.element("title", title);
            x.element("dateCreated", FeedDates.rfc822(created));
            x.end();
            x.start("body");
            for (Outline o : outlines) {
                x.start("outline").attr("type", "rss").attr("text", o.name()).attr("title", o.name())
                        .attr("xmlUrl", o.feedUrl()).attr("htmlUrl", o.pageUrl()).end();
            }
            x.end();
            x.end();
        }
    }
}
