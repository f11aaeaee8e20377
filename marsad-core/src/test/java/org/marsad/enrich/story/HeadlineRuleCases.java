package org.marsad.enrich.story;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.enrich.ArticleFeatures;

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
        return new StoryRules(0.2, 0.0, Duration.ofDays(2), Duration.ofDays(3), 0, 0.2, 0, 1.0, Duration.ofDays(3),
                50, 60, 8, 100, 0, Duration.ofDays(1), 0.2, 0.0, Duration.ZERO, 1.0, false, previewsApart,
                statementGap, recurringGap);
    }

    /** An article whose body is the subject's words (weight 2 each) and one word of its own. */
    static ArticleFeatures article(String id, long time, String source, String title, List<String> subjectWords) {
        Map<String, Float> terms = new TreeMap<>();
        for (String w : subjectWords) {
            terms.put(w, 2f);
        }
        terms.put(id + "own", 1f);
        return new ArticleFeatures(id, time, source, title, new int[0], 0, new int[0], new int[0], new int[0],
                new long[0], terms, List.of(), List.of(), List.of());
    }
}
