package org.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The affix table, and the light stemmer reading it: the same stems as the stemmer had its own lists. */
class AffixesTest {
    @Test
    void everyEntryReadsTheSameBeforeAndAfterSearchFolding() {
        List<String> all = new ArrayList<>();
        all.addAll(Affixes.ARTICLE_CLITICS);
        all.addAll(Affixes.SINGLE_CLITICS);
        all.addAll(Affixes.SEARCH_ENDINGS);
        all.addAll(Affixes.GROUPING_ENDINGS);
        for (String a : all) {
            assertThat(ArabicNormalizer.search(a)).as(a).isEqualTo(a);
        }
    }

    @Test
    void articleCliticsAreLongestFirstSoThatNoneHidesALongerOne() {
        List<String> a = Affixes.ARTICLE_CLITICS;
        for (int i = 0; i < a.size(); i++) {
            for (int j = i + 1; j < a.size(); j++) {
                assertThat(a.get(j).startsWith(a.get(i)) && a.get(j).length() > a.get(i).length())
                        .as("%s before %s", a.get(i), a.get(j)).isFalse();
            }
        }
    }

    @Test
    void particlesBeforeTheArticleAreCounted() {
        assertThat(Affixes.particlesBeforeArticle("ال")).isZero();
        assertThat(Affixes.particlesBeforeArticle("لل")).isEqualTo(1);
        assertThat(Affixes.particlesBeforeArticle("بال")).isEqualTo(1);
        assertThat(Affixes.particlesBeforeArticle("ولل")).isEqualTo(2);
        assertThat(Affixes.particlesBeforeArticle("وبال")).isEqualTo(2);
    }

    /** The light stemmer as it was before the table (its own lists), frozen here as the reference. */
    private static String stemBefore(String word) {
        String[] articles = {"وال", "فال", "بال", "كال", "لل", "ال"};
        String[] suffixes = {"هما", "ات", "ون", "ين", "ان", "ها", "هم", "كم", "نا", "يه", "ه"};
        if (word.length() <= 3 || !(word.charAt(0) >= '\u0600' && word.charAt(0) <= '\u06FF')) {
            return word;
        }
        String w = word;
        boolean stripped = false;
        for (String p : articles) {
            if (w.startsWith(p) && w.length() - p.length() >= 3) {
                w = w.substring(p.length());
                stripped = true;
                break;
            }
        }
        if (!stripped && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && w.length() - 1 > 3) {
            w = w.substring(1);
            for (String p : articles) {
                if (w.startsWith(p) && w.length() - p.length() >= 3) {
                    w = w.substring(p.length());
                    break;
                }
            }
        }
        for (String s : suffixes) {
            if (w.endsWith(s) && w.length() - s.length() >= 3) {
                return w.substring(0, w.length() - s.length());
            }
        }
        return w;
    }

    @Test
    void theLightStemmerGivesTheStemsItGaveBeforeTheTable() {
        // Seeded words built from every clitic, ending and letter combination that touches the rules, at every
        // length around the three-letter minimum.
        Random r = new Random(18L);
        String letters = "ابتجحدرسعفقكلمنهوي";
        List<String> pieces = new ArrayList<>();
        pieces.addAll(Affixes.ARTICLE_CLITICS);
        pieces.addAll(Affixes.SINGLE_CLITICS);
        pieces.add("");
        List<String> ends = new ArrayList<>(Affixes.GROUPING_ENDINGS);
        ends.addAll(Affixes.SEARCH_ENDINGS);
        ends.add("");
        int compared = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder w = new StringBuilder();
            int prefixes = r.nextInt(3);
            for (int k = 0; k < prefixes; k++) {
                w.append(pieces.get(r.nextInt(pieces.size())));
            }
            int core = r.nextInt(6);
            for (int k = 0; k < core; k++) {
                w.append(letters.charAt(r.nextInt(letters.length())));
            }
            w.append(ends.get(r.nextInt(ends.size())));
            String word = w.toString();
            assertThat(LightStemmer.stem(word)).as(word).isEqualTo(stemBefore(word));
            compared++;
        }
        assertThat(compared).isEqualTo(200_000);
        for (String word : List.of("المفاوضات", "بالمفاوضات", "والمفاوضات", "وبالمفاوضات", "وللحكومه", "فللوزير",
                "وكالاتهم", "فبالطبع", "لبنان", "ولد", "وزير", "الوزير")) {
            assertThat(LightStemmer.stem(word)).as(word).isEqualTo(stemBefore(word));
        }
    }
}
