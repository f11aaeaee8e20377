package org.marsad.extract.html;

import java.util.List;
import org.marsad.extract.PageExtractor;
import org.marsad.model.Article;

/**
 * The HTML format's {@link PageExtractor}: one page, at most one article. Without the page's address, relative
 * links are resolved against the page's own canonical URL when it states one.
 */
public final class HtmlPageExtractor implements PageExtractor {
    @Override
    public List<Article> extract(String page) {
        return HtmlArticleExtractor.extract(page, null).map(List::of).orElse(List.of());
    }
}
