package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    private static List<Integer> walk(String text) {
        SentenceBreaks b = new SentenceBreaks();
        b.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int p = b.first(); p != BreakIterator.DONE; p = b.next()) {
            out.add(p);
        }
        return out;
    }

    private static List<String> sentences(String text) {
        List<Integer> at = walk(text);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < at.size(); i++) {
            out.add(text.substring(at.get(i - 1), at.get(i)));
        }
        return out;
    }

    @Test
    void splitsAfterSentenceEndsAndLineBreaks() {
        assertThat(sentences("قال الوزير إن المفاوضات مستمرة. وأضاف أنها صعبة؟ نعم!\n\nفقرة ثانية"))
                .containsExactly("قال الوزير إن المفاوضات مستمرة. ", "وأضاف أنها صعبة؟ ", "نعم!\n\n", "فقرة ثانية");
    }

    @Test
    void keepsNumbersAbbreviationsAndQuotesWhole() {
        assertThat(sentences("ارتفع 3.5 بالمئة في U.S.A اليوم")).containsExactly("ارتفع 3.5 بالمئة في U.S.A اليوم");
        assertThat(sentences("قال: «انتهى الأمر.» ثم غادر")).containsExactly("قال: «انتهى الأمر.» ", "ثم غادر");
        assertThat(sentences("")).isEmpty();
        assertThat(sentences("...")).containsExactly("...");
    }

    @Test
    void followingAndPrecedingKeepTheBreakIteratorContract() {
        SentenceBreaks b = new SentenceBreaks();
        String text = "جملة أولى. جملة ثانية.";
        b.setText(text);
        assertThat(b.following(0)).isEqualTo(11);
        assertThat(b.following(11)).isEqualTo(text.length());
        assertThat(b.following(text.length())).isEqualTo(BreakIterator.DONE);
        assertThat(b.preceding(text.length())).isEqualTo(11);
        assertThat(b.preceding(11)).isEqualTo(0);
        assertThat(b.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(b.isBoundary(11)).isTrue();
        assertThat(b.isBoundary(12)).isFalse();
        assertThatThrownBy(() -> b.following(text.length() + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    // Seeded random texts: every way of moving (next, previous, following, preceding, next(n)) agrees with the
    // boundary list a full scan gives.
    @Test
    void everyMoveAgreesWithAFullScanOnRandomTexts() {
        Random random = new Random(20261204L);
        // every kind of character the pass tells apart: letters, digits, spaces (with the no-break space, which
        // is not one), line breaks, every closer and every sentence end
        String alphabet = "ابت ثج .!?؟…۔»\"')]”’›\n\r\t\u2003\u00a0 3x";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder t = new StringBuilder();
            int len = random.nextInt(40);
            for (int i = 0; i < len; i++) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = t.toString();
            SentenceBreaks b = new SentenceBreaks();
            b.setText(text);
            List<Integer> all = new ArrayList<>();
            for (int p = 0; p <= text.length(); p++) {
                if (b.boundaryAt(p)) {
                    all.add(p);
                }
            }
            assertThat(walk(text)).as(text).isEqualTo(text.isEmpty() ? List.of(0) : all);
            List<Integer> backwards = new ArrayList<>();
            for (int p = b.last(); p != BreakIterator.DONE; p = b.previous()) {
                backwards.add(0, p);
            }
            assertThat(backwards).as(text).isEqualTo(text.isEmpty() ? List.of(0) : all);
            for (int offset = 0; offset <= text.length(); offset++) {
                final int o = offset;
                int after = all.stream().filter(p -> p > o).findFirst().orElse(BreakIterator.DONE);
                int before = all.stream().filter(p -> p < o).reduce((x, y) -> y).orElse(BreakIterator.DONE);
                assertThat(b.following(offset)).as(text + " following " + offset).isEqualTo(after);
                assertThat(b.preceding(offset)).as(text + " preceding " + offset).isEqualTo(before);
            }
            b.first();
            int n = random.nextInt(4) + 1;
            assertThat(b.next(n)).isEqualTo(n < all.size() ? all.get(n) : BreakIterator.DONE);
            // Moves in any order on a pass that jumps after a few characters (a hit's far matches): ahead of the
            // pass, behind its jump, and stepping on from there.
            SentenceBreaks jumping = new SentenceBreaks(1 + random.nextInt(6));
            jumping.setText(text);
            for (int move = 0; move < 30; move++) {
                int o = random.nextInt(text.length() + 1);
                boolean ahead = random.nextBoolean();
                int expected = ahead ? all.stream().filter(p -> p > o).findFirst().orElse(BreakIterator.DONE)
                        : all.stream().filter(p -> p < o).reduce((x, y) -> y).orElse(BreakIterator.DONE);
                assertThat(ahead ? jumping.following(o) : jumping.preceding(o)).as(text + " move " + o)
                        .isEqualTo(expected);
                int at = jumping.current();
                boolean next = random.nextBoolean();
                int step = next ? all.stream().filter(p -> p > at).findFirst().orElse(BreakIterator.DONE)
                        : all.stream().filter(p -> p < at).reduce((x, y) -> y).orElse(BreakIterator.DONE);
                assertThat(next ? jumping.next() : jumping.previous()).as(text + " step from " + at).isEqualTo(step);
            }
        }
    }
}
