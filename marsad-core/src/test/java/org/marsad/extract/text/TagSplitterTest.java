package org.marsad.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TagSplitterTest {
    private static final List<String> VOCABULARY = List.of("الاقتصاد", "البنك المركزي", "أسعار الفائدة", "التضخم",
            "سوق العمل", "الطاقة", "النفط", "منظمة أوبك", "الذهب", "العملات الرقمية", "التجارة الخارجية", "الصادرات",
            "الاستثمار الأجنبي", "الموازنة العامة", "الدين العام");

    private static final Evidence NONE = new Evidence("");

    @Test
    void separatedListsSplitExactlyOnTheirSeparators() {
        Random random = new Random(42L);
        List<String> separators = List.of("، ", ", ", " | ", "؛ ", " - ", "،", " / ", " • ");
        for (int round = 0; round < 300; round++) {
            List<String> tags = new ArrayList<>(VOCABULARY);
            Collections.shuffle(tags, random);
            tags = tags.subList(0, 2 + random.nextInt(6));
            String sep = separators.get(random.nextInt(separators.size()));
            assertThat(TagSplitter.split(String.join(sep, tags), NONE)).as("round %d with '%s'", round, sep)
                    .containsExactlyElementsOf(tags);
        }
    }

    @Test
    void gluedListsWithWordFinalLettersSplitWithoutEvidence() {
        Random random = new Random(7L);
        List<String> endingInTaMarbuta = VOCABULARY.stream().filter(t -> t.endsWith("ة")).toList();
        for (int round = 0; round < 100; round++) {
            List<String> tags = new ArrayList<>(endingInTaMarbuta);
            Collections.shuffle(tags, random);
            tags = tags.subList(0, 2 + random.nextInt(tags.size() - 1));
            assertThat(TagSplitter.split(String.join("", tags) + "النفط", NONE))
                    .containsExactlyElementsOf(concat(tags, "النفط"));
        }
    }

    @Test
    void spaceSeparatedWordsWithoutEvidenceStaySingle() {
        assertThat(TagSplitter.split("مصر السعودية قطر", NONE)).containsExactly("مصر", "السعودية", "قطر");
    }

    @Test
    void functionWordsNeverStandAlone() {
        Evidence e = new Evidence("حديث عن أسعار النفط في الأسواق");
        assertThat(TagSplitter.split("النفط في الأسواق الذهب", e)).containsExactly("النفط في الأسواق", "الذهب");
    }

    @Test
    void duplicatesAreDropped() {
        assertThat(TagSplitter.split("الذهب، النفط، الذهب", NONE)).containsExactly("الذهب", "النفط");
    }

    @Test
    void unlabeledTagLineNeedsGlueOrThreeKnownWords() {
        Evidence e = new Evidence("ارتفعت أسعار النفط والذهب في الأسواق العالمية مع تراجع الدولار.");
        assertThat(TagSplitter.looksLikeTagLine("النفط الذهب الدولار", e)).isTrue();
        assertThat(TagSplitter.looksLikeTagLine("الأسواق العالميةالنفط", e)).isTrue();
        assertThat(TagSplitter.looksLikeTagLine("النفط الذهب", e)).isFalse();
        assertThat(TagSplitter.looksLikeTagLine("النفط الذهب القمح", e)).isFalse();
        assertThat(TagSplitter.looksLikeTagLine("النفط، الذهب، الدولار.", e)).isFalse();
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> out = new ArrayList<>(a);
        out.add(b);
        return out;
    }
}
