package org.marsad.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.ArabicNormalizer;

class NameWordsTest {

    @Test
    void foldsEachWordDropsTheArticleAndJoinsAbdWithTheNextWord() {
        assertThat(NameWords.words("  بشار الأسد\tعبد العزيز\n")).containsExactly("بشار", "اسد", "عبدالعزيز");
        assertThat(NameWords.words("الجزائر")).containsExactly("جزاير"); // the hamza seat folded too
        assertThat(NameWords.words("عبد")).containsExactly("عبد");
        assertThat(NameWords.words(" \t ")).isEmpty();
    }

    /**
     * Seeded spellings with every kind of white space around and between words (and a no-break space, which is no
     * separator), articles and عبد anywhere: the words are those of splitting the folded spelling at
     * {@code \s+}, as the resolver always split them (the reference below).
     */
    @Test
    void givesTheWordsOfARegularExpressionSplitOnSeededSpellings() {
        Random rnd = new Random(20261205L);
        String[] words = {"عبد", "عبد", "الأسد", "بشار", "ال", "الجزائر", "محمد", "أل", "إيران", "Obama", "x", "عبدالله"};
        String[] gaps = {" ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", " \t "};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder s = new StringBuilder();
            if (rnd.nextBoolean()) {
                s.append(gaps[rnd.nextInt(gaps.length)]);
            }
            for (int n = rnd.nextInt(6); n > 0; n--) {
                s.append(words[rnd.nextInt(words.length)]);
                if (n > 1 || rnd.nextBoolean()) {
                    s.append(gaps[rnd.nextInt(gaps.length)]);
                }
            }
            assertThat(NameWords.words(s.toString())).as("%s", s).isEqualTo(byRegex(s.toString()));
        }
    }

    /**
     * The words and key of a spelling are remembered ({@link NameMemo}) and handed to every caller: each call gives
     * what the spelling's words are, the same list every time, which no caller can change under the others.
     */
    @Test
    void aSpellingsRememberedWordsAreItsOwnAndCannotBeChanged() {
        List<String> first = NameWords.words("عبد العزيز بوتفليقة");
        assertThat(NameWords.words("عبد العزيز بوتفليقة")).isEqualTo(first).containsExactly("عبدالعزيز", "بوتفليقه");
        assertThat(NameWords.key("عبد العزيز بوتفليقة")).isEqualTo(NameWords.key("عبد العزيز بوتفليقة"));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> first.add("x"));
    }

    /** The memo computes a spelling once, starts again empty when full, and still answers every spelling right. */
    @Test
    void theMemoComputesOnceAndStaysWithinItsCapacity() {
        int[] computed = {0};
        NameMemo<Integer> lengths = new NameMemo<>(3, s -> {
            computed[0]++;
            return s == null ? -1 : s.length();
        });
        assertThat(lengths.get("ab")).isEqualTo(2);
        assertThat(lengths.get("ab")).isEqualTo(2);
        assertThat(computed[0]).isEqualTo(1);
        Random rnd = new Random(7);
        for (int i = 0; i < 500; i++) {
            String s = "x".repeat(rnd.nextInt(20));
            assertThat(lengths.get(s)).isEqualTo(s.length());
            assertThat(lengths.size()).isLessThanOrEqualTo(3);
        }
        assertThat(lengths.get(null)).isEqualTo(-1);
    }

    private static List<String> byRegex(String spelling) {
        String[] split = ArabicNormalizer.search(spelling).split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < split.length; i++) {
            String w = split[i];
            if (w.isEmpty()) {
                continue;
            }
            if (w.equals(ArabicNormalizer.search("عبد")) && i + 1 < split.length && !split[i + 1].isEmpty()) {
                out.add(w + split[++i]);
                continue;
            }
            out.add(w.length() >= 5 && w.startsWith("ال") ? w.substring(2) : w);
        }
        return out;
    }
}
