package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.story.RelatedStory;
import org.marsad.enrich.story.Story;
import org.marsad.model.Article;

class EnricherTest {
    private final Map<String, Article> fx = Fixtures.articles();

    private Map<String, Enrichment> enrichAll(Enricher e, String... ids) {
        Map<String, Enrichment> out = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            out.put(id, e.enrich(fx.get(id)));
        }
        return out;
    }

    @Test
    void anEditedCopyPointsAtItsOriginalWithASimilarity() {
        Map<String, Enrichment> r = enrichAll(new Enricher(), "quake-orig", "budget", "quake-copy");

        assertThat(r.get("quake-orig").duplicateOf()).isNull();
        assertThat(r.get("quake-orig").similarity()).isNull();
        assertThat(r.get("quake-copy").duplicateOf()).isEqualTo("quake-orig");
        assertThat(r.get("quake-copy").similarity()).isBetween(0.5, 1.0);
        assertThat(r.get("budget").duplicateOf()).isNull();
    }

    @Test
    void aCopyJoinsTheStoryOfItsOriginal() {
        Map<String, Enrichment> r = enrichAll(new Enricher(), "quake-orig", "budget", "quake-copy");

        assertThat(r.get("quake-copy").story()).isEqualTo(r.get("quake-orig").story());
    }

    @Test
    void anOriginalArrivingAfterItsCopyBecomesTheOriginalOfTheGroup() {
        Enricher e = new Enricher();
        Enrichment copy = e.enrich(fx.get("quake-copy"));
        Enrichment orig = e.enrich(fx.get("quake-orig"));

        assertThat(copy.duplicateOf()).isNull();
        assertThat(orig.duplicateOf()).isNull();
        assertThat(orig.repointed()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("quake-copy");
            assertThat(p.duplicateOf()).isEqualTo("quake-orig");
        });
        assertThat(e.duplicates().originalOf("quake-copy")).isEqualTo("quake-orig");
    }

    @Test
    void congratulationCablesThatDifferOnlyInNamesAreNotCopies() {
        Map<String, Enrichment> r = enrichAll(new Enricher(), "cable-ar", "cable-mx", "cable-cl");

        assertThat(r.values()).allSatisfy(x -> assertThat(x.duplicateOf()).isNull());
    }

    @Test
    void weatherBulletinsThatDifferOnlyInFiguresAreNotCopies() {
        Map<String, Enrichment> r = enrichAll(new Enricher(), "weather-1", "weather-2");

        assertThat(r.get("weather-2").duplicateOf()).isNull();
    }

    @Test
    void twoOutletsRewritingTheSameEventShareAStoryButAreNotCopies() {
        Map<String, Enrichment> r = enrichAll(new Enricher(), "quake-orig", "budget", "football", "quake-rewrite");

        assertThat(r.get("quake-rewrite").duplicateOf()).isNull();
        assertThat(r.get("quake-rewrite").story()).isEqualTo(r.get("quake-orig").story());
    }

    @Test
    void unrelatedArticlesAreStoriesOfTheirOwn() {
        Map<String, Enrichment> r = enrichAll(new Enricher(), "quake-orig", "budget", "football", "cable-ar",
                "weather-1");

        assertThat(r.values()).allSatisfy(x -> assertThat(x.story()).isEqualTo(x.id()));
    }

    @Test
    void aStoryListsItsOutletsTimesAndATitleFromItsMembers() {
        Enricher e = new Enricher();
        Map<String, Enrichment> r = enrichAll(e, "quake-orig", "budget", "quake-copy", "quake-rewrite");

        Story s = e.story(r.get("quake-orig").story()).orElseThrow();
        assertThat(s.articles()).isEqualTo(3);
        assertThat(s.outlets()).containsExactly("وكالة الأنباء", "صحيفة الخليج", "قناة الأخبار");
        assertThat(s.firstSeen()).isEqualTo(Instant.parse("2024-03-10T05:00:00Z"));
        assertThat(s.lastSeen()).isEqualTo(Instant.parse("2024-03-10T09:15:00Z"));
        assertThat(List.of(fx.get("quake-orig").title(), fx.get("quake-copy").title(),
                fx.get("quake-rewrite").title())).contains(s.title());
        assertThat(e.top(1, Instant.parse("2024-03-01T00:00:00Z"))).extracting(Story::id).containsExactly(s.id());
    }

    @Test
    void restoringStoredDecisionsRebuildsTheSameState() {
        Enricher first = new Enricher();
        Map<String, Enrichment> r = enrichAll(first, "quake-orig", "budget", "quake-copy", "football");

        Enricher reopened = new Enricher();
        for (Enrichment x : r.values()) {
            reopened.restore(fx.get(x.id()), x.duplicateOf(), x.similarity(), x.story());
        }
        Enrichment rewrite = reopened.enrich(fx.get("quake-rewrite"));

        assertThat(rewrite.story()).isEqualTo(r.get("quake-orig").story());
        assertThat(reopened.duplicates().copiesOf("quake-orig")).containsExactly("quake-copy");
        assertThat(reopened.story(r.get("quake-orig").story()).orElseThrow().articles()).isEqualTo(3);
    }

    @Test
    void enrichingTheSameArticleTwiceKeepsTheFirstDecision() {
        Enricher e = new Enricher();
        enrichAll(e, "quake-orig", "quake-copy");
        Enrichment again = e.enrich(fx.get("quake-copy"));

        assertThat(again.duplicateOf()).isEqualTo("quake-orig");
        assertThat(e.duplicates().size()).isEqualTo(2);
        assertThat(e.story("quake-orig").orElseThrow().articles()).isEqualTo(2);
    }

    @Test
    void relatedArticlesComeFromOtherStories() {
        Enricher e = new Enricher();
        Map<String, Enrichment> r = enrichAll(e, "quake-orig", "budget", "football");

        List<RelatedStory> related = e.related(fx.get("quake-rewrite"), "some-other-story", 5);
        assertThat(related).extracting(RelatedStory::storyId).startsWith(r.get("quake-orig").story())
                .doesNotContain("football");
        assertThat(e.related(fx.get("quake-rewrite"), r.get("quake-orig").story(), 5))
                .extracting(RelatedStory::storyId).doesNotContain(r.get("quake-orig").story());
    }
}
