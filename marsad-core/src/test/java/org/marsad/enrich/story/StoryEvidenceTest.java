package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;

/**
 * Event evidence: articles too unlike in wording for the similarity tests join a story when they share a telling
 * actor and a place with it, or a killed/injured count, early in the story; common actors, passing mentions and
 * late arrivals do not.
 */
class StoryEvidenceTest {
    private static final long HOUR = 3_600L;
    private static final long START = 1_700_000_000L;
    /** Similarity alone joins nothing here (0.9), so every join below is evidence's doing. */
    static final StoryRules EVIDENCE = StoryRules.TOPICAL.toBuilder().threshold(0.9).cohesion(0.9)
            .span(Duration.ofDays(3)).withoutKeyTerm(0.9).genericSpan(Duration.ofDays(1)).evidenceShare(0.01)
            .evidenceThreshold(0.05).build();

    private static ArticleFeatures article(String id, long time, String source, List<String> words,
                                           List<String> entities, List<String> tolls) {
        return article(id, time, source, String.join(" ", words), words, entities, tolls);
    }

    /** An article whose headline is written apart from its words (an Arabic headline, for its event frame). */
    static ArticleFeatures article(String id, long time, String source, String title, List<String> words,
                                   List<String> entities, List<String> tolls) {
        Map<String, Float> terms = new TreeMap<>();
        // The shared words weigh most, so that they are among the terms a story is looked up by.
        words.forEach(t -> terms.merge(t, t.startsWith("k") ? 3f : 1f, Float::sum));
        return new ArticleFeatures(id, time, source, title, new int[0], 0, new int[0], new int[0],
                new int[0], new long[0], terms, List.of(), entities, tolls, Map.of());
    }

    /** Three hundred articles of their own words; every fifth names the common actor PER|9 in the common place. */
    static StoryClusterer withBackground(StoryRules rules) {
        StoryClusterer c = new StoryClusterer(rules);
        for (int i = 0; i < 300; i++) {
            List<String> words = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                words.add("bg" + i + "w" + k);
            }
            words.add("shared" + (i % 3));
            c.assign(article("bg" + i, START - 300 * HOUR + i * HOUR, "o" + i % 5, words,
                    i % 5 == 0 ? List.of("PER|9", "LOC|8") : List.of(), List.of()), null);
        }
        return c;
    }

    /** A first report and a second outlet's, worded apart but for two words. */
    static List<String> first() {
        return List.of("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "k1", "k2");
    }

    static List<String> second() {
        return List.of("f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "k1", "k2");
    }

    @Test
    void aTellingActorAndAPlaceJoinAnEventAcrossWording() {
        StoryClusterer c = withBackground(EVIDENCE);
        String s = c.assign(article("a", START, "x", first(), List.of("LOC|2", "PER|1"), List.of()), null);
        assertThat(c.assign(article("b", START + 3 * HOUR, "y", second(), List.of("LOC|2", "PER|1"), List.of()),
                null)).isEqualTo(s);
    }

    @Test
    void theActorWithoutThePlaceIsNotEnough() {
        StoryClusterer c = withBackground(EVIDENCE);
        String s = c.assign(article("a", START, "x", first(), List.of("LOC|2", "PER|1"), List.of()), null);
        assertThat(c.assign(article("b", START + 3 * HOUR, "y", second(), List.of("PER|1"), List.of()), null))
                .isNotEqualTo(s);
    }

    @Test
    void aCommonActorIsNoEvidence() {
        StoryClusterer c = withBackground(EVIDENCE);
        String s = c.assign(article("a", START, "x", first(), List.of("LOC|8", "PER|9"), List.of()), null);
        assertThat(c.assign(article("b", START + 3 * HOUR, "y", second(), List.of("LOC|8", "PER|9"), List.of()),
                null)).isNotEqualTo(s);
    }

    @Test
    void evidenceCountsOnlyEarlyInTheStory() {
        StoryClusterer c = withBackground(EVIDENCE);
        String s = c.assign(article("a", START, "x", first(), List.of("LOC|2", "PER|1"), List.of()), null);
        assertThat(c.assign(article("b", START + 30 * HOUR, "y", second(), List.of("LOC|2", "PER|1"), List.of()),
                null)).isNotEqualTo(s);
    }

    @Test
    void theActorAndPlaceCountOnlyOnTheStorysOwnDays() {
        // START is 22:13 UTC: one hour later is the same day, three hours later the next.
        StoryRules capped = EVIDENCE.toBuilder().evidenceSameDay(true).build();
        StoryClusterer c = withBackground(capped);
        String s = c.assign(article("a", START, "x", first(), List.of("LOC|2", "PER|1"), List.of()), null);
        assertThat(c.assign(article("b", START + HOUR, "y", second(), List.of("LOC|2", "PER|1"), List.of()), null))
                .as("same day").isEqualTo(s);
        assertThat(c.assign(article("c", START + 3 * HOUR, "z", List.of("g1", "g2", "g3", "k1", "k2"),
                List.of("LOC|2", "PER|1"), List.of()), null)).as("the next day: the place's other news").isNotEqualTo(s);
        // A shared toll is not a place: it still counts the next day.
        StoryClusterer fresh = withBackground(capped);
        String u = fresh.assign(article("a", START, "x", first(), List.of(), List.of("KILLED|48")), null);
        assertThat(fresh.assign(article("b", START + 3 * HOUR, "y", second(), List.of(), List.of("KILLED|48")), null))
                .isEqualTo(u);
    }

    @Test
    void theSameTollJoins() {
        StoryClusterer c = withBackground(EVIDENCE);
        String s = c.assign(article("a", START, "x", first(), List.of(), List.of("KILLED|48")), null);
        assertThat(c.assign(article("b", START + 3 * HOUR, "y", second(), List.of(), List.of("KILLED|48")), null))
                .isEqualTo(s);
        assertThat(c.assign(article("c", START + 4 * HOUR, "z", List.of("g1", "g2", "g3", "k1", "k2"), List.of(),
                List.of("KILLED|47")), null)).isNotEqualTo(s);
    }

    @Test
    void anActorNamedInPassingIsNotTheStorys() {
        StoryClusterer c = withBackground(EVIDENCE);
        String s = c.assign(article("a", START, "x", first(), List.of("LOC|2", "PER|3"), List.of("KILLED|5")), null);
        c.assign(article("a2", START + HOUR, "x2", second(), List.of("LOC|2", "PER|3"), List.of("KILLED|5")), null);
        assertThat(c.assign(article("a3", START + 2 * HOUR, "x3", List.of("h1", "h2", "k1", "k2"),
                List.of("LOC|2", "PER|1", "PER|3"), List.of("KILLED|5")), null)).isEqualTo(s);
        // PER|1 is named by one of three members: not the story's own, so it is no evidence for a newcomer.
        assertThat(c.assign(article("b", START + 3 * HOUR, "y", List.of("j1", "j2", "j3", "k1", "k2"),
                List.of("LOC|2", "PER|1"), List.of()), null)).isNotEqualTo(s);
    }

    @Test
    void withEvidenceOffNothingJoins() {
        StoryRules off = EVIDENCE.toBuilder().evidenceShare(0).build();
        StoryClusterer c = withBackground(off);
        String s = c.assign(article("a", START, "x", first(), List.of("LOC|2", "PER|1"), List.of("KILLED|48")), null);
        assertThat(c.assign(article("b", START + 3 * HOUR, "y", second(), List.of("LOC|2", "PER|1"),
                List.of("KILLED|48")), null)).isNotEqualTo(s);
    }

    @Test
    void anArchiveOfManyEntitiesAndTollsKeepsClustering() {
        // More distinct entities and tolls than the clusterer's first table holds: it grows as articles come.
        StoryClusterer c = new StoryClusterer(EVIDENCE);
        for (int i = 0; i < 400; i++) {
            String id = "m" + i;
            assertThat(c.assign(article(id, START + i * HOUR, "o", List.of("w" + i, "k" + i),
                    List.of("LOC|" + (1000 + i), "PER|" + (5000 + i)), List.of("KILLED|" + (2 + i))), null))
                    .isEqualTo(id);
        }
        assertThat(c.size()).isEqualTo(400);
    }
}
