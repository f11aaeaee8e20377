package org.marsad.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The word scan finds the spans the pattern it replaced finds, on seeded text of every kind of char it meets. */
class DocumentConsistencyWordsTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\u0640]+");
    // Arabic letters and marks, tatweel, Arabic punctuation and digits, Latin, a supplementary letter (𐐀) and a
    // supplementary symbol (😀), a lone surrogate, hashtag marks, spaces, a spacing and an enclosing mark, and the
    // other chars of the Arabic block.
    private static final String[] PIECES = {"ترامب", "وَلِترامب", "ـ", "،", "؟", "٣٤", "Gaza", "é", "\uD801\uDC00", "😀",
        "\uD83D", "#", "_", " ", "\n", "(", "ۖ", "ﻻ", "x\u0301", "\u200F", "क\u0903", "\u20DD"};

    @Test
    void seededTextGivesThePatternsSpans() {
        Random r = new Random(20261205L);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + r.nextInt(12); k > 0; k--) {
                b.append(r.nextInt(4) == 0 ? String.valueOf((char) (0x0600 + r.nextInt(0x100))) : PIECES[r.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            assertThat(spans(DocumentConsistency.wordSpans(text))).as(text).isEqualTo(spans(byPattern(text)));
        }
    }

    @Test
    void wordsAreSplitAtPunctuationAndKeepTheirMarks() {
        assertThat(spans(DocumentConsistency.wordSpans("وَقالَ ترامـب، (CNN)"))).containsExactly("0-6", "7-13", "16-19");
    }

    private static List<int[]> byPattern(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static List<String> spans(List<int[]> spans) {
        return spans.stream().map(s -> s[0] + "-" + s[1]).toList();
    }
}
