package org.marsad.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Tokens#numbers}: the number words of {@link Tokens#words}, found without making the others. */
class TokensNumbersTest {

    @Test
    void findsTheFiguresOfAFoldedSentence() {
        String folded = Fold.search("قتل 12 شخصا وأصيب 3,5 ألف في 2024 ولـ29 عاما و٦٫٥ مليون و٤٬٠٠٠ جندي");
        assertThat(Tokens.numbers(folded)).containsExactly("12", "3.5", "2024", "29", "6.5", "4000");
    }

    /**
     * Seeded texts of Arabic and Latin words, digits (Arabic-Indic too), decimal and thousands separators in every
     * place and punctuation: the numbers are exactly the words that {@link Tokens#isNumber}, in order.
     */
    @Test
    void givesTheNumberWordsOfWordsOnSeededTexts() {
        Random rnd = new Random(20261206L);
        String[] pieces = {"قتل", "الأمم", "MBC", "Été", "12", "3", "٤٥", "٫", "٬", ",", ".", " ", "  ", "\n", "-",
            "لـ", "2024", "0.5", "ألف", "x", "%", "،", "؟", "7,", ",8"};
        for (int round = 0; round < 3_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int n = rnd.nextInt(12); n > 0; n--) {
                s.append(pieces[rnd.nextInt(pieces.length)]);
                if (rnd.nextInt(3) == 0) {
                    s.append(' ');
                }
            }
            String folded = Fold.search(s.toString());
            List<String> expected = Tokens.words(folded).stream().filter(Tokens::isNumber).toList();
            assertThat(Tokens.numbers(folded)).as("%s", s).isEqualTo(expected);
        }
    }
}
