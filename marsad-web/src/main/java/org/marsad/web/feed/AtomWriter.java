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
     * Writes the feed. Atom requires an {@code updated} on the feed and each entry: an entry's is its publication
     * time, else (undated) when Marsad fetched it — both stable from one request to the next; the feed's is the
     * newest entry's. Only an entry with neither, or an empty feed, takes the newest entry's time or {@code now}.
     */
    public static void write(FeedInfo info, List<FeedEntry> entries, OffsetDateTime now, Writer out) {
        OffsetDateTime newest = entries.stream()
                .map(e -> FeedDates.of(e).orElse(null))
                .filter(java.util.Objects::nonNull)
                .max(OffsetDateTime::compareTo).orElse(now);
        try (Xml x = new Xml(out)) {
            x.start("feed").defaultNamespace(NS).attr("xml:lang", "ar");
            x.element("id", info.selfUrl());
            x.start("title").text(info.title()).end();
            x.element("subtitle", info.subtitle());
            x.element("updated", FeedDates.rfc3339(newest));
            x.start("link").attr("rel", "self").attr("type", "application/atom+xml").attr("href", info.selfUrl()).end();
            x.start("link").attr("rel", "alternate").attr("type", "text/html").attr("href", info.siteUrl()).end();
            x.start("author").element("name", "مرصد").end();
            x.start("generator").text("Marsad").end();
            for (FeedEntry e : entries) {
                OffsetDateTime when = FeedDates.of(e).orElse(newest);
                x.start("entry");
                x.element("id", e.link());
                x.start("title").attr("type", "text").text(e.title() == null ? "" : e.title()).end();
                x.start("link").attr("rel", "alternate").attr("type", "text/html").attr("href", e.link()).end();
                x.element("updated", FeedDates.rfc3339(when));
                if (e.published() != null) {
                    FeedDates.parse(e.published()).ifPresent(p -> x.element("published", FeedDates.rfc3339(p)));
                }
                if (e.source() != null) {
                    x.start("author").element("name", e.source()).end();
                }
                for (String tag : e.tags()) {
                    x.start("category").attr("term", tag).end();
                }
                if (e.summary() != null) {
                    x.start("summary").attr("type", "text").text(e.summary()).end();
                }
                x.end();
            }
            x.end();
        }
    }
}
