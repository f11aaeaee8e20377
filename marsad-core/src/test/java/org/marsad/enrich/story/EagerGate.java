package org.marsad.enrich.story;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.model.Article;

/**
 * What the tests of a gate switch share: made-up reports with a place given as the entities stage would give it, and
 * a gate that would join any story above its floor (p 0.88 whatever the features), so that what is tested is the
 * switch, not a learned weight.
 */
final class EagerGate {
    private EagerGate() {
    }

    /** A report published {@code hours} after {@code start}, naming {@code place}. */
    static ArticleFeatures report(Instant start, String place, String id, String outlet, String title, String body,
                                  int hours) {
        Article a = Article.builder().id(id).title(title).source(outlet).body(List.of(body))
                .published(start.plusSeconds(hours * 3600L).toString()).build();
        ArticleFeatures f = ArticleFeatures.of(a, start);
        return new ArticleFeatures(f.id(), f.time(), f.source(), f.title(), f.signature(), f.shingleCount(),
                f.numbers(), f.anchors(), f.stems(), f.stemBloom(), f.terms(), f.headline(), List.of(place),
                f.tolls(), f.names(), f.lead());
    }

    /** The eager gate with these switches on. */
    static JoinGate gate(Set<JoinGate.Switch> on) {
        return new JoinGate(new double[JoinGate.FEATURES.size()], 2.0, 0.54).withSwitches(on);
    }

    /** The story each report is assigned to, in order, by one clusterer with the default rules and this gate. */
    static List<String> stories(JoinGate gate, ArticleFeatures... reports) {
        StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT, gate);
        return Arrays.stream(reports).map(r -> c.assign(r, null)).toList();
    }
}
