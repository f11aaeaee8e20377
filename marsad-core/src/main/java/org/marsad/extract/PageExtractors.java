package org.marsad.extract;

import java.util.Optional;
import org.marsad.extract.html.HtmlPageExtractor;
import org.marsad.extract.text.TextPageExtractor;
import org.marsad.extract.trec.TrecDocExtractor;
import org.marsad.model.PageZone;

/**
 * The one place that maps a page format to its extractor. A new format (HTML, a feed item) plugs in here and
 * every caller — {@code marsad extract}, ingestion — picks it up.
 */
public final class PageExtractors {
    private PageExtractors() {
    }

    /** The extractor for a format, or empty when Marsad cannot extract that format yet. */
    public static Optional<PageExtractor> forFormat(PageFormat format) {
        return forFormat(format, PageZone.UNKNOWN);
    }

    /**
     * The extractor for a format, for pages whose times written without an offset are in {@code zone}; empty when
     * Marsad cannot extract that format yet.
     */
    public static Optional<PageExtractor> forFormat(PageFormat format, PageZone zone) {
        return switch (format) {
            case TEXT -> Optional.of(new TextPageExtractor(zone));
            case HTML -> Optional.of(new HtmlPageExtractor(zone));
            // the corpus's times carry their offset: no zone to apply
            case TREC -> Optional.of(new TrecDocExtractor());
        };
    }
}
