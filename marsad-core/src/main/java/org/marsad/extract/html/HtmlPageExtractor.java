package org.marsad.extract.html;

import java.util.List;
import org.marsad.extract.PageExtractor;
import org.marsad.model.Article;
import org.marsad.model.PageZone;

/**
 * The HTML format's {@link PageExtractor}: one page, at most one article. Without the page's address, relative
 * links are resolved against the page's own canonical URL when it states one.
 */
public final class HtmlPageExtractor implements PageExtractor {
    private final PageZone zone;

    /** An extractor for pages whose time zone is unknown: a time without offset keeps only its day. */
    public HtmlPageExtractor() {
        this(PageZone.UNKNOWN);
    }

    /** An extractor for pages whose times without offset are in {@code zone}. */
    public HtmlPageExtractor(PageZone zone) {
        this.zone = zone;
    }

    @Override
    public List<Article> extract(String page) {
        return HtmlArticleExtractor.extract(page, null, zone).map(List::of).orElse(List.of());
    }
}
