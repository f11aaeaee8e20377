package org.marsad.enrich.story;

import java.time.Instant;
import java.util.List;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.model.Article;

/**
 * Made-up reports for the story tests, with their place and killed tolls given as the entities and figures stages
 * would give them (so a test decides what the clusterer sees, not what a tagger finds).
 */
final class MadeUpReports {
    private MadeUpReports() {
    }

    /** A report published {@code hours} after {@code start}, naming one place and carrying these tolls. */
    static ArticleFeatures report(String id, String outlet, String title, String body, Instant start, int hours,
                                  String place, String... tolls) {
        Article a = Article.builder().id(id).title(title).source(outlet).body(List.of(body))
                .published(start.plusSeconds(hours * 3600L).toString()).build();
        ArticleFeatures f = ArticleFeatures.of(a, start);
        return new ArticleFeatures(f.id(), f.time(), f.source(), f.title(), f.signature(), f.shingleCount(),
                f.numbers(), f.anchors(), f.stems(), f.stemBloom(), f.terms(), f.headline(), List.of(place),
                List.of(tolls), f.names(), f.lead());
    }
}
