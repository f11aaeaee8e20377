package org.marsad.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-memo stemming filter against the three filters it stands for, run in a row. */
class ArabicStemFilterTest {

    /**
     * Seeded words of every kind the chain treats apart: clitics before hamza-initial words, diacritics, tatweel,
     * presentation forms, Persian letters, Arabic-Indic digits, Latin and mixed words, stem exceptions with their
     * clitics and endings; each repeated, through a memo small enough to be emptied several times.
     */
    @Test
    void givesTheTermsOfThePrefixFoldingAndSuffixFiltersInARow() {
        Random rnd = new Random(20261205L);
        String[] heads = {"", "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "كال", "لل", "وب", "ول"};
        String[] firsts = {"", "", "أ", "إ", "آ", "ا", "ؤ", "ئ", "ء"};
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئءپچژکگیـ";
        String marks = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670";
        String[] odd = {"\uFEF7", "\uFE8D", "\uFB50", "٢٠١٨", "۱۲", "2024", "Reuters", "COVID", "x", "\u200F", "\u0640"};
        String[] tails = {"", "", "ات", "ون", "ين", "ها", "ية", "ه", "ي", "ان", "اً", "يين", "اتهم"};
        String[] exceptions = {"لبنان", "إيران", "ألمانيا", "الأردن", "لبنانيين", "للبنان", "والعراق"};
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder w = new StringBuilder();
            switch (rnd.nextInt(8)) {
                case 0 -> w.append(heads[rnd.nextInt(heads.length)]).append(exceptions[rnd.nextInt(exceptions.length)])
                        .append(tails[rnd.nextInt(tails.length)]);
                case 1 -> w.append(odd[rnd.nextInt(odd.length)]).append(rnd.nextBoolean() ? "" : "ال")
                        .append(odd[rnd.nextInt(odd.length)]);
                default -> {
                    w.append(heads[rnd.nextInt(heads.length)]).append(firsts[rnd.nextInt(firsts.length)]);
                    for (int n = 1 + rnd.nextInt(6); n > 0; n--) {
                        w.append(letters.charAt(rnd.nextInt(letters.length())));
                        if (rnd.nextInt(5) == 0) {
                            w.append(marks.charAt(rnd.nextInt(marks.length())));
                        }
                    }
                    w.append(tails[rnd.nextInt(tails.length)]);
                }
            }
            words.add(w.toString());
            if (rnd.nextInt(3) == 0) {
                words.add(words.get(rnd.nextInt(words.size())));
            }
        }
        String text = String.join(" ", words);
        StemExceptions ex = StemExceptions.defaults();
        List<String> inARow = AnalysisTesting.filtered(ts -> new ArabicSuffixFilter(
                new ArabicFoldingFilter(new ArabicPrefixFilter(ts, ex)), ex), text);
        List<String> fused = AnalysisTesting.filtered(ts -> new ArabicStemFilter(ts, ex, 64), text);
        assertThat(fused).hasSize(words.size()).isEqualTo(inARow);
        // Not a chain that leaves words as they are: most words lose something.
        int changed = 0;
        for (int i = 0; i < words.size(); i++) {
            changed += fused.get(i).equals(words.get(i)) ? 0 : 1;
        }
        assertThat(changed).isGreaterThan(words.size() / 2);
    }

    @Test
    void theStemmedAnalyzerGivesTheChainsTerms() {
        String text = "أعلنت الحكومة اللبنانية استئناف المفاوضات بالمفاوضات والمفاوضات للبنان لبنانيين الألعاب"
                + " ألمانيا آلاف الآلاف لإيران مُفاوَضاتٌ شهيداً talks reuters ٢٠١٨";
        StemExceptions ex = StemExceptions.defaults();
        List<String> inARow = AnalysisTesting.filtered(ts -> new ArabicSuffixFilter(
                new ArabicFoldingFilter(new ArabicPrefixFilter(ts, ex)), ex), text);
        try (MarsadAnalyzer stemmed = new MarsadAnalyzer(MarsadAnalyzer.Mode.STEMMED)) {
            assertThat(AnalysisTesting.terms(stemmed, text)).isEqualTo(inARow)
                    .contains("مفاوض", "لبنان", "العاب", "المانيا", "ايران", "talks");
        }
    }
}
