package org.marsad.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.Affixes;

/** The article's words as evidence for tags: a word counts with any clitic of the Arabic module's affix table. */
class EvidenceTest {
    @Test
    void aWordCountsBehindEveryCliticOfTheTable() {
        for (String clitic : Affixes.ARTICLE_CLITICS) {
            Evidence e = new Evidence("قال المتحدث إن " + clitic + "مفاوضات مستمرة");
            assertThat(e.knows("مفاوضات")).as(clitic).isTrue();
        }
        for (String clitic : Affixes.SINGLE_CLITICS) {
            assertThat(new Evidence("قال المتحدث إن " + clitic + "مفاوضات مستمرة").knows("مفاوضات")).as(clitic).isTrue();
        }
        // Two particles and the article at once: "and for the war".
        assertThat(new Evidence("دعوة وللحرب أثمان").knows("الحرب")).isTrue();
    }

    @Test
    void aWordTheArticleDoesNotUseIsNotKnown() {
        Evidence e = new Evidence("ارتفعت أسعار النفط والذهب في الأسواق العالمية.");
        assertThat(e.knows("الدولار")).isFalse();
        assertThat(e.knows("ذهب")).isTrue();
        assertThat(e.phrasesAmong(List.of(List.of("أسعار", "النفط"), List.of("النفط", "الدولار"))))
                .containsExactly("اسعار النفط");
    }

    @Test
    void bothWaysOfLookingUpPhrasesAnswerAlike() {
        // Keys collected and the article read (few keys), or the article's phrases collected and the keys looked up
        // (a page of thousands of tag lines): the same answer for every key.
        Random random = new Random(1606);
        String[] words = {"الحرب", "والحرب", "حرب", "غزة", "بغزة", "النفط", "السلام", "x"};
        int found = 0;
        for (int t = 0; t < 2_000; t++) {
            StringBuilder article = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                article.append(words[random.nextInt(words.length)]).append(random.nextInt(8) == 0 ? ". " : " ");
            }
            Evidence e = new Evidence(article.toString());
            List<String> keys = new ArrayList<>();
            for (int k = random.nextInt(30); k > 0; k--) {
                List<String> phrase = new ArrayList<>();
                for (int len = 1 + random.nextInt(5); len > 0; len--) {
                    phrase.add(words[random.nextInt(words.length)]);
                }
                keys.add(Evidence.key(phrase));
            }
            Set<String> byArticle = e.foundInArticlePhrases(keys, 5);
            Set<String> byKeys = e.foundAmongKeys(keys, 5);
            for (String k : keys) {
                assertThat(byArticle.contains(k)).as("«%s» in «%s»", k, article).isEqualTo(byKeys.contains(k));
                found += k.indexOf(' ') > 0 && byKeys.contains(k) ? 1 : 0;
            }
        }
        assertThat(found).as("phrases found").isGreaterThan(1_000);
    }
}
