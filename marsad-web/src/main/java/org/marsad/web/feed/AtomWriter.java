package org.marsad.web.feed;

import java.io.Writer;
import java.time.OffsetDateTime;
import java.util.List;

/** Writes an Atom 1.0 feed (RFC 4287). */
public final class AtomWriter {
    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomWriter() {
    }

    /**
     * Writes the feed. Atom requires an {@code updated} on the feed and each entry: an entry takes its publication
     * date, else the time it was fetched, else {@code changed}; the feed takes its newest entry's date, or
     * {@code changed} when empty. {@code changed} should be when the archive last changed, not the request time,
     * so the same archive gives the same bytes (and the same ETag). An entry links to the original article, with
     * its Marsad page as {@code related}; it carries the full text as HTML {@code content} when it has a body.
     */
    public static void write(FeedInfo info, List<FeedEntry> entries, OffsetDateTime changed, Writer out) {
        OffsetDateTime newest = entries.stream()
                .map(e -> FeedDates.of(e).orElse(null))
                .filter(java.util.Objects::nonNull)
                .max(OffsetDateTime::compareTo).orElse(changed);
        try (Xml x = new Xml(out)) {
            x.start("feed").defaultNamespace(NS).attr("xml:lang", "ar");
            x.element("id", info.id());
            x.start("title").text(info.title()).end();
            x.element("subtitle", info.subtitle());
            x.element("updated", FeedDates.rfc3339(newest));
            x.start("link").attr("rel", "self").attr("type", "application/atom+xml").attr("href", info.selfUrl()).end();
            x.start("link").attr("rel", "alternate").attr("type", "text/html").attr("href", info.siteUrl()).end();
            x.start("author").element("name", "مرصد").end();
            x.start("generator").text("Marsad").end();
            for (FeedEntry e : entries) {
                OffsetDateTime when = FeedDates.of(e).orElse(changed);
                x.start("entry");
                x.element("id", e.id());
                x.start("title").attr("type", "text").text(e.title() == null ? "" : e.title()).end();
                x.start("link").attr("rel", "alternate").attr("type", "text/html").attr("href", e.link()).end();
                if (e.page() != null && !e.page().equals(e.link())) {
                    x.start("link").attr("rel", "related").attr("type", "text/html").attr("href", e.page()).end();
                }
                x.element("updated", FeedDates.rfc3339(when));
                FeedDates.parse(e.published()).ifPresent(p -> x.element("published", FeedDates.rfc3339(p)));
                if (e.source() != null) {
                    x.start("author").element("name", e.source()).end();
                }
                for (String tag : e.tags()) {
                    x.start("category").attr("term", tag).end();
                }
                if (e.summary() != null) {
                    x.start("summary").attr("type", "text").text(e.summary()).end();
                }
                if (!e.body().isEmpty()) {
                    x.start("content").attr("type", "html").text(Html.paragraphs(e.body())).end();
                }
                x.end();
            }
            x.end();
        }
    }
}
