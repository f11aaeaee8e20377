package org.marsad.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: tag lines cost time in proportion to their length. The splitter used to try every grouping of a line of
 * up to 14 words and read the whole article for every candidate phrase (≈180 s per MB of page); these tests pin
 * the work down by counting it, not by timing it.
 */
class TagSplitterBoundsTest {
    private static final List<String> WORDS = List.of("الحكومة", "الوزير", "الاقتصاد", "النفط", "الذهب", "غزة",
            "لبنان", "الحرب", "السلام", "المفاوضات", "الدولار", "الأسواق", "العالمية", "البنك", "المركزي");

    @Test
    void anyNumberOfTagLinesReadsTheArticleOnceMore() {
        Random random = new Random(19L);
        StringBuilder article = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            article.append(WORDS.get(random.nextInt(WORDS.size()))).append(i % 12 == 11 ? ".\n" : " ");
        }
        Evidence evidence = new Evidence(article.toString());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            List<String> line = new ArrayList<>();
            for (int k = 0; k < 14; k++) {
                line.add(WORDS.get(random.nextInt(WORDS.size())));
            }
            lines.add(String.join(" ", line));
        }
        List<String> tags = TagSplitter.split(lines, evidence);
        assertThat(tags).isNotEmpty();
        assertThat(evidence.passes()).as("readings of the article: one to build, one for every line's phrases")
                .isEqualTo(2);
    }

    @Test
    void aVeryLongGluedRunIsNotSplitLetterByLetter() {
        Evidence evidence = new Evidence("أطباء من المغرب وتونس والجزائر");
        String run = String.join("", Collections.nCopies(5_000, "المغربتونس"));
        assertThat(TagSplitter.split(run, evidence)).containsExactly(run);
        assertThat(TagSplitter.split("المغربتونس", evidence)).containsExactly("المغرب", "تونس");
    }

    @Test
    void aLineRepeatingOneWordKeepsItOnce() {
        String line = String.join(" ", Collections.nCopies(40, "غزة"));
        assertThat(TagSplitter.split(line, new Evidence("غزة"))).doesNotHaveDuplicates().contains("غزة");
    }

    @Test
    void headlineLinesAfterAClosedArticleDoNotReReadIt() {
        PageAssembler.Draft d = new PageAssembler.Draft();
        d.title = "عنوان";
        d.body.add("فقرة أولى عن النفط.");
        Evidence first = d.evidence();
        assertThat(d.evidence()).isSameAs(first);
        d.body.add("فقرة ثانية عن الذهب.");
        assertThat(d.evidence()).isNotSameAs(first);
    }
}
