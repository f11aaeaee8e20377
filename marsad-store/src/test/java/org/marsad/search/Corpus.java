package org.marsad.search;

import java.util.List;
import org.marsad.model.Article;

/** Small articles for search tests, written for them. */
final class Corpus {
    private Corpus() {
    }

    static Article article(String url, String title, String body, String source, String published,
                           List<String> tags) {
        return Article.builder().url(url).title(title).body(List.of(body)).source(source).published(published)
                .tags(tags).language("ar").build();
    }

    static Article article(String url, String title, String body) {
        return article(url, title, body, "مصدر", "2023-12-24", List.of());
    }
}
