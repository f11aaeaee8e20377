package org.marsad.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

class QueriesTest {
    private static final String[] WORDS = {"الرياض", "القمة", "وزير", "الخارجية", "اجتماع", "الأمن", "مجلس", "جدة",
        "الانتخابات", "البلدية", "مهرجان", "الصيف", "الطائف", "تبوك", "في", "من", "على"};

    /** Made-up headlines of a few words each, repeats included (several outlets carry one headline). */
    private static List<Article> headlines(long seed, int n) {
        Random rnd = new Random(seed);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder t = new StringBuilder();
            for (int w = 0, len = 1 + rnd.nextInt(7); w < len; w++) {
                t.append(w == 0 ? "" : rnd.nextBoolean() ? " " : "، ").append(WORDS[rnd.nextInt(WORDS.length)]);
            }
            out.add(Article.builder().id("a" + i).title(t.toString()).source("s").build());
        }
        return out;
    }

    /** Every pair of neighbouring content words of every headline: what fromTitles can draw. */
    private static Set<String> drawable(List<Article> articles) {
        Set<String> out = new HashSet<>();
        for (Article a : articles) {
            List<String> w = Queries.contentWords(a.title());
            for (int i = 0; i + 1 < w.size(); i++) {
                out.add(w.get(i) + " " + w.get(i + 1));
            }
        }
        return out;
    }

    @Test
    void neverAskedHoldsEveryDrawableQueryOnceExceptTheAskedOnes() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Article> articles = headlines(seed, 40 + (int) seed * 5);
            List<String> asked = Queries.fromTitles(articles, 30, seed);
            List<String> fresh = Queries.neverAsked(articles, asked, seed);

            assertThat(fresh).doesNotHaveDuplicates().doesNotContainAnyElementsOf(asked);
            Set<String> expected = drawable(articles);
            expected.removeAll(asked);
            assertThat(fresh).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(asked).allMatch(drawable(articles)::contains);
        }
    }

    @Test
    void neverAskedIsTheSameListForTheSameSeed() {
        List<Article> articles = headlines(7, 200);
        List<String> a = Queries.neverAsked(articles, List.of(), 13L);
        assertThat(Queries.neverAsked(articles, List.of(), 13L)).isEqualTo(a);
        assertThat(Queries.neverAsked(articles, List.of(), 14L)).isNotEqualTo(a).hasSameElementsAs(a);
    }

    @Test
    void theFreshRoundIsAskedForOnlyByOneOrTrue() {
        assertThat(HttpSection.freshAsked("1")).isTrue();
        assertThat(HttpSection.freshAsked(" true")).isTrue();
        assertThat(HttpSection.freshAsked(null)).isFalse();
        assertThat(HttpSection.freshAsked("")).isFalse();
        assertThat(HttpSection.freshAsked("0")).isFalse();
    }
}
