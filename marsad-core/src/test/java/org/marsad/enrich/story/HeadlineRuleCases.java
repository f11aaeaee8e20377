package org.marsad.enrich.story;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.state.StateBytes;
import org.marsad.enrich.state.StateInput;

/**
 * What the tests of the headline rules (previews, statements and interceptions apart) share: rules under which
 * similarity alone decides, and articles that share one subject's words, so that only the rule under test can keep
 * two reports apart.
 */
final class HeadlineRuleCases {
    static final long HOUR = 3_600L;
    static final long START = 1_700_000_000L;

    private HeadlineRuleCases() {
    }

    /** No key-term, running-subject or evidence test; the three headline rules as given. */
    static StoryRules similarityOnly(boolean previewsApart, Duration statementGap, Duration recurringGap) {
        return StoryRules.TOPICAL.toBuilder().threshold(0.2).span(Duration.ofDays(3)).withoutKeyTerm(0.2)
                .genericSpan(Duration.ofDays(3)).evidenceThreshold(0.2).previewsApart(previewsApart)
                .statementGap(statementGap).recurringGap(recurringGap).build();
    }

    /** An article whose body is the subject's words (weight 2 each) and one word of its own. */
    static ArticleFeatures article(String id, long time, String source, String title, List<String> subjectWords) {
        Map<String, Float> terms = new TreeMap<>();
        for (String w : subjectWords) {
            terms.put(w, 2f);
        }
        terms.put(id + "own", 1f);
        return new ArticleFeatures(id, time, source, title, new int[0], 0, new int[0], new int[0], new int[0],
                new long[0], terms, List.of(), List.of(), List.of(), Map.of());
    }

    /** The same article with a first sentence in its body. */
    static ArticleFeatures withLead(ArticleFeatures f, String lead) {
        return new ArticleFeatures(f.id(), f.time(), f.source(), f.title(), f.signature(), f.shingleCount(),
                f.numbers(), f.anchors(), f.stems(), f.stemBloom(), f.terms(), f.headline(), f.entities(), f.tolls(),
                f.names(), lead);
    }

    /** The clusterer as a restart finds it: written to a state file and read back under the given rules. */
    static StoryClusterer reopened(StoryClusterer live, StoryRules rules) throws IOException {
        StateInput in = StateBytes.input(StateBytes.written(live::writeTo));
        StoryClusterer reopened = StoryClusterer.readFrom(in, rules);
        in.finish();
        return reopened;
    }
}
