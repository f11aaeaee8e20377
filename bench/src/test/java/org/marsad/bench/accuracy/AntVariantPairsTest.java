package org.marsad.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

class AntVariantPairsTest {

    @Test
    void countsArabicWordsWithoutDiacriticsOrTatweel() {
        Map<String, Integer> counts = new HashMap<>();
        AntVariantPairs.count("المُفاوضات، والمفـاوضات (2018) news المفاوضات", counts);
        assertThat(counts).containsEntry("المفاوضات", 2).containsEntry("والمفاوضات", 1).hasSize(2);
    }

    @Test
    void drawsFormsSeenOftenEnoughOfEachKind() {
        Map<String, Integer> counts = new HashMap<>();
        counts.put("مفاوضة", 9);
        counts.put("مفاوضات", 7); // feminine plural, seen 7 times: kept with weight 7
        counts.put("المفاوضة", 4); // definite, seen 4 times: below the threshold
        counts.put("معلم", 6);
        counts.put("معلمون", 5); // masculine plural
        counts.put("زير", 20);
        counts.put("وزير", 50); // و + a 3-letter base: not drawn (وزير is not و+زير)
        counts.put("الجيش", 30); // starts with ال: never a base
        counts.put("والجيش", 30);
        counts.put("مفاوضته", 5); // pronoun after ة→ت
        List<VariantRecall.Pair> pairs = AntVariantPairs.draw(counts);
        assertThat(pairs).allMatch(VariantRecall.Pair::shouldMatch);
        assertThat(pairs).extracting(p -> p.query() + ">" + p.document())
                .containsExactly("مفاوضة>مفاوضات", "معلم>معلمون", "مفاوضة>مفاوضته");
    }

    @Test
    void keepsTheMostFrequentPairsPerKindInAFixedOrder() {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            String base = "كتب" + (char) ('\u0628' + i % 20) + (char) ('\u0628' + i / 20);
            counts.put(base, 100);
            counts.put("ال" + base, 5 + i);
        }
        List<VariantRecall.Pair> pairs = AntVariantPairs.draw(counts);
        assertThat(pairs).hasSize(AntVariantPairs.PER_KIND);
        // Ranked by the smaller count: the 25 definite forms seen most often (counts 44 down to 20).
        assertThat(pairs).allMatch(p -> counts.get(p.document()) >= 20);
        assertThat(AntVariantPairs.draw(new HashMap<>(counts))).isEqualTo(pairs);
    }

    @Test
    void drawsFromTitlesAndBodies() {
        Article a = Article.builder().title("مفاوضة مفاوضة مفاوضة").body(List.of("مفاوضة مفاوضة", "مفاوضات"))
                .build();
        Article b = Article.builder().title("مفاوضات مفاوضات").body(List.of("مفاوضات مفاوضات")).build();
        assertThat(AntVariantPairs.draw(List.of(a, b))).containsExactly(new VariantRecall.Pair(true, "مفاوضة",
                "مفاوضات"));
    }
}
