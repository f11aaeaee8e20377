package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

/** Properties of dedup and clustering over generated texts (seeded, so every run checks the same cases). */
class EnricherPropertyTest {
    private final Random rnd = new Random(20240310L);
    private final RandomWords madeUp = new RandomWords(rnd, 4000);

    @Test
    void lightlyEditedCopiesAreFoundAndIndependentTextsAreNot() {
        for (int trial = 0; trial < 40; trial++) {
            Enricher e = new Enricher();
            List<String> background = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Article a = article("bg" + i, madeUp.text(80 + rnd.nextInt(200)), 1_000 + i);
                background.add(a.id());
                assertThat(e.enrich(a).duplicateOf()).as("independent text %s", a.id()).isNull();
            }
            List<String> words = madeUp.text(100 + rnd.nextInt(250));
            Article original = article("orig", words, 5_000);
            Article copy = article("copy", madeUp.edit(words, 0.03), 6_000);

            assertThat(e.enrich(original).duplicateOf()).isNull();
            Enrichment c = e.enrich(copy);
            assertThat(c.duplicateOf()).as("trial %d", trial).isEqualTo("orig");
            assertThat(c.similarity()).isGreaterThan(0.5);
            assertThat(c.story()).isEqualTo(e.storyOf("orig"));
        }
    }

    @Test
    void textsWhoseFiguresAllDifferAreNotCopies() {
        for (int trial = 0; trial < 40; trial++) {
            Enricher e = new Enricher();
            List<String> words = madeUp.text(60 + rnd.nextInt(100));
            List<String> first = withFigures(words, 6);
            List<String> second = withFigures(words, 6);
            e.enrich(article("a", first, 1_000));
            assertThat(e.enrich(article("b", second, 2_000)).duplicateOf()).as("trial %d", trial).isNull();
        }
    }

    @Test
    void restoringDecisionsGivesTheSameDecisionsForLaterArticles() {
        for (int trial = 0; trial < 10; trial++) {
            List<Article> stream = new ArrayList<>();
            List<List<String>> texts = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                List<String> w = !texts.isEmpty() && rnd.nextInt(3) == 0
                        ? madeUp.edit(texts.get(rnd.nextInt(texts.size())), 0.05) : madeUp.text(60 + rnd.nextInt(150));
                texts.add(w);
                stream.add(article("t" + i, w, 1_000 + 600L * i));
            }
            Enricher live = new Enricher();
            List<Enrichment> decided = new ArrayList<>();
            for (Article a : stream) {
                decided.add(live.enrich(a));
            }
            Enricher reopened = new Enricher();
            for (int i = 0; i < 60; i++) {
                Enrichment d = decided.get(i);
                reopened.restore(stream.get(i), d.duplicateOf(), d.similarity(), d.story());
            }
            for (int i = 60; i < 80; i++) {
                Enrichment again = reopened.enrich(stream.get(i));
                assertThat(again.duplicateOf()).isEqualTo(decided.get(i).duplicateOf());
                assertThat(again.story()).isEqualTo(decided.get(i).story());
            }
        }
    }

    private List<String> withFigures(List<String> words, int count) {
        List<String> out = new ArrayList<>(words);
        for (int i = 0; i < count; i++) {
            out.add((i + 1) * out.size() / (count + 1), Integer.toString(10 + rnd.nextInt(90_000)));
        }
        return out;
    }

    private static Article article(String id, List<String> words, long minute) {
        List<String> body = new ArrayList<>();
        for (int i = 0; i < words.size(); i += 40) {
            body.add(String.join(" ", words.subList(i, Math.min(words.size(), i + 40))));
        }
        String published = java.time.Instant.ofEpochSecond(1_700_000_000L + minute * 60).toString();
        return Article.builder().id(id).title(String.join(" ", words.subList(0, Math.min(6, words.size()))))
                .source("outlet-" + id.charAt(0)).published(published.replace("Z", "+00:00")).body(body).build();
    }
}
