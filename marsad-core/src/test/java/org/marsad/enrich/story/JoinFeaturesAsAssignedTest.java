package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.dedup.DedupRules;

/**
 * The join features the bench trains the gate on ({@link StoryClusterer#features(ArticleFeatures, String)}, read
 * before an article is enriched) are the ones {@link StoryClusterer#assign} then decides on, and the standing the
 * diagnosis reads is the rules' decision on them: an article's never-seen words count in both (issue 20: the bench
 * once weighed the article uncounted, dropping those words, and so trained the gate on inflated similarities). Seeded
 * made-up articles: events of a few topics, each article with its event's and topic's words, common words, and words
 * no article had before.
 */
class JoinFeaturesAsAssignedTest {
    private static final long HOUR = 3_600L;
    private static final long START = 1_700_006_400L;

    @Test
    void theFeaturesReadBeforeEnrichingAreTheOnesAssignWeighs() {
        // The shipped gate (the twenty features) and a gate of every feature (event and memory ones too).
        double[] every = new double[JoinGate.ALL_FEATURES.size()];
        every[JoinGate.ALL_FEATURES.indexOf("cosine")] = 4;
        every[JoinGate.ALL_FEATURES.indexOf("cohesion_share")] = 1;
        List<JoinGate> gates = List.of(JoinGate.shipped().orElseThrow(), new JoinGate(every, -2, 0.5));
        int compared = 0;
        int decisions = 0;
        for (long seed = 1; seed <= 4; seed++) {
            JoinGate gate = gates.get((int) seed % 2);
            int width = gate.features().size();
            Enricher e = new Enricher(DedupRules.DEFAULT, StoryRules.DEFAULT, gate);
            Map<String, double[]> weighed = new HashMap<>();
            e.clusterer().weighed = (story, x) -> weighed.put(story, x.clone());
            List<String> ids = new ArrayList<>();
            Random rnd = new Random(seed);
            for (int i = 0; i < 420; i++) {
                ArticleFeatures f = article(rnd, i);
                Map<String, double[]> read = new HashMap<>();
                for (String id : ids) {
                    String story = e.storyOf(id);
                    read.computeIfAbsent(story, s -> e.clusterer().features(f, s).orElseThrow());
                }
                weighed.clear();
                e.enrich(f);
                for (Map.Entry<String, double[]> w : weighed.entrySet()) {
                    assertThat(Arrays.copyOf(read.get(w.getKey()), width))
                            .as("seed %d article %d against story %s", seed, i, w.getKey())
                            .containsExactly(Arrays.copyOf(w.getValue(), width));
                    compared++;
                }
                decisions += weighed.isEmpty() ? 0 : 1;
                ids.add(f.id());
            }
        }
        // Enough decisions weighed by the gate, past the young archive, for the comparison to mean something.
        assertThat(compared).isGreaterThan(500);
        assertThat(decisions).isGreaterThan(200);
    }

    @Test
    void readingFeaturesLeavesTheArchiveAsItWas() {
        JoinGate gate = JoinGate.shipped().orElseThrow();
        Random rnd = new Random(7);
        Enricher looked = new Enricher(DedupRules.DEFAULT, StoryRules.DEFAULT, gate);
        Enricher plain = new Enricher(DedupRules.DEFAULT, StoryRules.DEFAULT, gate);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ArticleFeatures f = article(rnd, i);
            for (String id : ids.subList(Math.max(0, ids.size() - 20), ids.size())) {
                looked.clusterer().features(f, looked.storyOf(id));
                looked.clusterer().standing(f, looked.storyOf(id));
            }
            assertThat(looked.enrich(f).story()).as("article %d", i).isEqualTo(plain.enrich(f).story());
            ids.add(f.id());
        }
    }

    @Test
    void theStandingIsTheRulesDecision() {
        Random rnd = new Random(11);
        StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT);
        List<String> stories = new ArrayList<>();
        int joined = 0;
        for (int i = 0; i < 400; i++) {
            ArticleFeatures f = article(rnd, i);
            List<String> passes = new ArrayList<>();
            for (String s : stories) {
                StoryClusterer.Standing standing = c.standing(f, s).orElseThrow();
                double[] x = c.features(f, s).orElseThrow();
                // The standing explains the decision on the features the gate is trained on.
                assertThat(new double[] {standing.cosine(), standing.averageLink()}).as("article %d", i)
                        .containsExactly(x[JoinGate.ALL_FEATURES.indexOf("cosine")],
                                x[JoinGate.ALL_FEATURES.indexOf("average_link")]);
                assertThat(standing.refusal() == null).isEqualTo(x[JoinGate.ALL_FEATURES.indexOf("rules_pass")] == 1);
                if (standing.refusal() == null) {
                    passes.add(s);
                }
            }
            String story = c.assign(f, null);
            if (stories.contains(story)) {
                joined++;
                // The rules joined it: the standing read before says it passes that story's tests.
                assertThat(passes).as("article %d", i).contains(story);
            } else {
                stories.add(story);
            }
        }
        assertThat(joined).isGreaterThan(50);
    }

    /**
     * Article {@code i}: one of 60 events (each of one of 6 topics, events in order over about four days), with 6 of
     * its event's 12 words, 3 of its topic's 10, 3 of 30 common words, and 2 words no article had before; its
     * headline is 3 of its event's words and one new word; the event's entities.
     */
    private static ArticleFeatures article(Random rnd, int i) {
        int event = Math.min(59, i / 7 + rnd.nextInt(3));
        int topic = event % 6;
        Map<String, Float> terms = new TreeMap<>();
        List<String> headline = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            String w = "ev" + event + "w" + rnd.nextInt(12);
            terms.merge(w, 1f + rnd.nextInt(3), Float::sum);
            if (headline.size() < 3 && !headline.contains(w)) {
                headline.add(w);
            }
        }
        for (int k = 0; k < 3; k++) {
            terms.merge("tp" + topic + "w" + rnd.nextInt(10), 1f + rnd.nextInt(2), Float::sum);
            terms.merge("common" + rnd.nextInt(30), 1f, Float::sum);
        }
        for (int k = 0; k < 2; k++) {
            String fresh = "new" + i + "x" + k;
            terms.put(fresh, 1f + rnd.nextInt(3));
            if (k == 0) {
                headline.add(fresh);
            }
        }
        List<String> entities = new ArrayList<>(List.of("LOC|" + event % 9, "PER|" + event));
        if (rnd.nextInt(4) == 0) {
            entities.add("ORG|" + i);
        }
        List<String> tolls = rnd.nextInt(5) == 0 ? List.of("KILLED|" + (3 + event % 4)) : List.of();
        long time = START + i * HOUR / 4 + rnd.nextInt(3_600);
        // A MinHash signature of its own: no article is a copy of another, so the rules or the gate place each one.
        int[] signature = rnd.ints(60).toArray();
        return new ArticleFeatures("a" + i, time, "outlet" + rnd.nextInt(6), String.join(" ", headline),
                signature, 200, new int[0], new int[0], new int[0], new long[16], terms, headline, entities, tolls,
                Map.of(), null);
    }
}
