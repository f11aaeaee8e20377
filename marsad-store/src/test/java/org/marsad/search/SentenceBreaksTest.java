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
        SentenceBreaks b = new SentenceBreaks(SentenceBreaks.JUMP, null);
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
        SentenceBreaks b = new SentenceBreaks(SentenceBreaks.JUMP, null);
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
        for (int round = 0; round < 2_000; round++) {
            String text = randomText(random, random.nextInt(40));
            SentenceBreaks b = new SentenceBreaks(SentenceBreaks.JUMP, null);
            b.setText(text);
            List<Integer> all = everyBoundary(text);
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
            SentenceBreaks jumping = new SentenceBreaks(1 + random.nextInt(6), null);
            jumping.setText(text);
            movesInAnyOrderAgree(jumping, text, all, random);
        }
    }

    // The boundaries an article's hit record keeps (found when it is indexed, packed and read back) are the ones the
    // pass finds, up to the part of the body a snippet is cut from; given them, the iterator moves as the pass does.
    @Test
    void keptBoundariesMoveAsTheTextDoes() {
        Random random = new Random(20261206L);
        for (int round = 0; round < 2_000; round++) {
            int len = 1 + random.nextInt(60);
            String text = randomText(random, len);
            List<Integer> all = everyBoundary(text);
            int[] packed = HitRecord.decode(new HitRecord("x", "t", null, null, null, text).encode()).sentences();
            assertThat(packed).as(text).containsExactly(ints(all.subList(1, all.size() - 1)));
            int upTo = random.nextInt(len + 1);
            assertThat(SentenceBreaks.inside(text, upTo)).as(text + " up to " + upTo)
                    .containsExactly(ints(all.stream().filter(p -> p > 0 && p < Math.min(upTo, len)).toList()));
            KeptSentences kept = new KeptSentences();
            kept.put(text, packed);
            SentenceBreaks given = new SentenceBreaks(SentenceBreaks.JUMP, kept);
            given.setText(text);
            movesInAnyOrderAgree(given, text, all, random);
        }
    }

    /** Thirty moves at random offsets, each followed by a step, against the list of every boundary. */
    private static void movesInAnyOrderAgree(SentenceBreaks it, String text, List<Integer> all, Random random) {
        for (int move = 0; move < 30; move++) {
            int o = random.nextInt(text.length() + 1);
            boolean ahead = random.nextBoolean();
            int expected = ahead ? all.stream().filter(p -> p > o).findFirst().orElse(BreakIterator.DONE)
                    : all.stream().filter(p -> p < o).reduce((x, y) -> y).orElse(BreakIterator.DONE);
            assertThat(ahead ? it.following(o) : it.preceding(o)).as(text + " move " + o).isEqualTo(expected);
            int at = it.current();
            boolean next = random.nextBoolean();
            int step = next ? all.stream().filter(p -> p > at).findFirst().orElse(BreakIterator.DONE)
                    : all.stream().filter(p -> p < at).reduce((x, y) -> y).orElse(BreakIterator.DONE);
            assertThat(next ? it.next() : it.previous()).as(text + " step from " + at).isEqualTo(step);
        }
    }

    // every kind of character the pass tells apart: letters, digits, spaces (with the no-break space, which is not
    // one), line breaks, every closer and every sentence end
    private static final String ALPHABET = "ابت ثج .!?؟…۔»\"')]”’›\n\r\t\u2003\u00a0 3x";

    private static String randomText(Random random, int len) {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < len; i++) {
            t.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return t.toString();
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every boundary of the text, by looking at each position alone. */
    private static List<Integer> everyBoundary(String text) {
        SentenceBreaks b = new SentenceBreaks(SentenceBreaks.JUMP, null);
        b.setText(text);
        List<Integer> all = new ArrayList<>();
        for (int p = 0; p <= text.length(); p++) {
            if (b.boundaryAt(p)) {
                all.add(p);
            }
        }
        return all;
    }
}
