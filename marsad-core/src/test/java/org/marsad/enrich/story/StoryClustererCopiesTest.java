package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.model.Article;

/**
 * What any story rules must do, whatever their tuning: copies of one article carried by several outlets are one
 * story, and articles about unrelated things are not. Seeded generated articles (made-up Arabic-letter words, so
 * that no two events share vocabulary by accident beyond a set of common words every article uses).
 */
class StoryClustererCopiesTest {
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final List<String> OUTLETS = List.of("الجزيرة", "العربية", "بي بي سي", "سكاي نيوز", "الشرق",
            "فرانس 24");
    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

    private record Event(String title, List<String> body, long time) {
    }

    private static String word(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 4 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        }
        return sb.toString();
    }

    private static String sentence(Random r, List<String> pool, List<String> common, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            List<String> from = r.nextInt(3) == 0 ? common : pool;
            sb.append(i > 0 ? " " : "").append(from.get(r.nextInt(from.size())));
        }
        return sb.append('.').toString();
    }

    private static List<Event> events(Random r, int n) {
        List<String> common = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            common.add(word(r));
        }
        List<Event> out = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            List<String> pool = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                pool.add(word(r));
            }
            List<String> body = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                body.add(sentence(r, pool, common, 25));
            }
            // Events spread over ten days, several on the same day.
            long time = START.getEpochSecond() + r.nextInt(10 * 86_400);
            out.add(new Event(sentence(r, pool, common, 8), body, time));
        }
        return out;
    }

    private static ArticleFeatures features(String id, String outlet, Event e, long time, List<String> body) {
        Article a = Article.builder().id(id).title(e.title()).source(outlet).body(body)
                .published(Instant.ofEpochSecond(time).toString()).build();
        return ArticleFeatures.of(a, START);
    }

    /** Every event's copies, each outlet's with its own sign-off line, published within hours of each other. */
    private static Map<String, List<ArticleFeatures>> copies(Random r, List<Event> events) {
        Map<String, List<ArticleFeatures>> byEvent = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            int outlets = 2 + r.nextInt(3);
            List<ArticleFeatures> list = new ArrayList<>();
            for (int k = 0; k < outlets; k++) {
                List<String> body = new ArrayList<>(e.body());
                body.add("المصدر: " + OUTLETS.get(k));
                list.add(features("e" + i + "-" + k, OUTLETS.get(k), e, e.time() + r.nextInt(6 * 3600), body));
            }
            byEvent.put("e" + i, list);
        }
        return byEvent;
    }

    private static List<ArticleFeatures> inTimeOrder(Map<String, List<ArticleFeatures>> byEvent) {
        List<ArticleFeatures> all = new ArrayList<>();
        byEvent.values().forEach(all::addAll);
        all.sort((a, b) -> a.time() != b.time() ? Long.compare(a.time(), b.time()) : a.id().compareTo(b.id()));
        return all;
    }

    /** All articles in time order, as the archive feeds them; returns article id -> story id. */
    private static Map<String, String> cluster(StoryRules rules, Map<String, List<ArticleFeatures>> byEvent) {
        StoryClusterer c = new StoryClusterer(rules);
        Map<String, String> story = new HashMap<>();
        for (ArticleFeatures f : inTimeOrder(byEvent)) {
            story.put(f.id(), c.assign(f, null));
        }
        return story;
    }

    @Test
    void copiesOfOneArticleFormOneStoryAndUnrelatedArticlesStayApart() {
        Random r = new Random(2024_03_01L);
        Map<String, List<ArticleFeatures>> byEvent = copies(r, events(r, 120));

        Map<String, String> story = cluster(StoryRules.DEFAULT, byEvent);

        Set<String> storiesSeen = new HashSet<>();
        for (Map.Entry<String, List<ArticleFeatures>> e : byEvent.entrySet()) {
            Set<String> ofEvent = new HashSet<>();
            e.getValue().forEach(f -> ofEvent.add(story.get(f.id())));
            assertThat(ofEvent).as("stories of the copies of %s", e.getKey()).hasSize(1);
            String s = ofEvent.iterator().next();
            assertThat(storiesSeen.add(s)).as("%s shares story %s with another event", e.getKey(), s).isTrue();
        }
    }

    @Test
    void theSameArticlesInTheSameOrderGiveTheSameStories() {
        Random r1 = new Random(7L);
        Map<String, List<ArticleFeatures>> first = copies(r1, events(r1, 40));
        Random r2 = new Random(7L);
        Map<String, List<ArticleFeatures>> second = copies(r2, events(r2, 40));

        assertThat(cluster(StoryRules.DEFAULT, first)).isEqualTo(cluster(StoryRules.DEFAULT, second));
    }

    @Test
    void aKnownCopyJoinsItsOriginalsStoryAndAStoryKeepsItsFirstArticlesId() {
        Random r = new Random(11L);
        List<Event> events = events(r, 2);
        StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT);
        Event a = events.get(0);
        Event b = events.get(1);
        String storyA = c.assign(features("a", "الجزيرة", a, a.time(), a.body()), null);
        assertThat(storyA).isEqualTo("a");
        // A copy the near-duplicate step recognised joins the original's story even when its text differs.
        String copy = c.assign(features("a-copy", "العربية", b, a.time() + 60, b.body()), storyA);
        assertThat(copy).isEqualTo(storyA);
        assertThat(c.story(storyA).orElseThrow().articles()).isEqualTo(2);
        assertThat(c.story(storyA).orElseThrow().outlets()).containsExactlyInAnyOrder("الجزيرة", "العربية");
    }

    @Test
    void restoringStoredAssignmentsRebuildsTheSameStories() {
        Random r = new Random(3L);
        Map<String, List<ArticleFeatures>> byEvent = copies(r, events(r, 30));
        Map<String, String> story = cluster(StoryRules.DEFAULT, byEvent);

        StoryClusterer restored = new StoryClusterer(StoryRules.DEFAULT);
        for (ArticleFeatures f : inTimeOrder(byEvent)) {
            restored.restore(f, story.get(f.id()));
        }

        assertThat(restored.size()).isEqualTo(new HashSet<>(story.values()).size());
        for (List<ArticleFeatures> copies : byEvent.values()) {
            Story s = restored.story(story.get(copies.get(0).id())).orElseThrow();
            assertThat(s.articles()).isEqualTo(copies.size());
        }
    }
}
