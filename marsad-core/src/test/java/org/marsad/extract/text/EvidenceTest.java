package org.marsad.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
