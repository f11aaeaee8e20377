package org.marsad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The word checks put in front of the "read also" and tags label patterns must never turn away a text the pattern
 * matches: the gated test and the bare pattern agree on every generated text.
 */
class LabelPrefilterTest {
    private static final String[] PIECES = {"اقرأ أيضاً", "إقرأ المزيد", "أقرأ كذلك", "شاهد أيضا", "طالع ايضاً",
        "مواضيع ذات صلة", "أخبار ذات صلة", "ذات   صلة", "قد يهمك أيضا", "قد يهمك", "Read also", "READ MORE",
        "ſee also", "see  Also", "Related", "RELATED STORIES", "related coverage", "More on this story",
        "الوسوم", "وسوم", "الكلمات المفتاحية", "كلمات دالة", "Tags", "TAGS", "\u212aeywords", "keywords",
        "الحكومة", "قال", "news", "the", "story", "2024", "_", ":", " - ", "»", "\u00a0", "\u200b", "\n", "  ", "#",
        "ق", "رأ", "صل", "ة", "r", "e", "ad", "ta", "gs", "نشر في", "نشرت:", "تاريخ النشر -", "تم النشر", "ſ", "Published on:",
        "POSTED", "posted –", "pub", "lished", "ن", "شر"};

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
            if (r.nextInt(3) == 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    @Test
    void gatedReadAlsoLabelEqualsThePattern() {
        agreeOnGeneratedTexts(1616, t -> RelatedLinks.LABEL_ONLY.matcher(t).matches(), RelatedLinks::isLabelOnly);
    }

    @Test
    void gatedReadAlsoLineEqualsThePattern() {
        agreeOnGeneratedTexts(1618, t -> t.length() <= 300 && RelatedLinks.LABEL_LEAD.matcher(t.strip()).matches(),
                RelatedLinks::isReadAlsoLine);
    }

    @Test
    void gatedTagsLabelEqualsThePattern() {
        agreeOnGeneratedTexts(1617, t -> HtmlArticleExtractor.TAGS_LABEL.matcher(Texts.oneLine(t)).matches(),
                HtmlArticleExtractor::isTagsLabel);
    }

    @Test
    void gatedDateLabelEqualsThePattern() {
        agreeOnGeneratedTexts(1619, t -> PageDates.DATE_LABEL.matcher(t).lookingAt(), PageDates::startsWithDateLabel);
    }

    /**
     * A char the pattern folds to a word's letter inside the word is found too: the dotted capital I (U+0130) matches
     * "i" under (?iu) though no check of a word's first letter lets it through, and "published" holds an "i".
     */
    @Test
    void everyCharacterThePatternFoldsToALetterInsideAWordIsFoundByTheWordCheck() {
        for (String word : new String[] {"published", "posted"}) {
            for (int k = 1; k < word.length(); k++) {
                Pattern p = Pattern.compile("(?iu)" + word.charAt(k));
                for (int c = 0; c <= 0xFFFF; c++) {
                    if (p.matcher(String.valueOf((char) c)).matches()) {
                        String folded = word.substring(0, k) + (char) c + word.substring(k + 1);
                        assertTrue(Texts.holdsAny(folded, word), "U+" + Integer.toHexString(c) + " in " + word);
                    }
                }
            }
        }
    }

    /** The gated test answers as the bare pattern on 200,000 seeded texts, a thousand or more of which match. */
    private static void agreeOnGeneratedTexts(long seed, Predicate<String> bare, Predicate<String> gated) {
        Random r = new Random(seed);
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            String t = text(r);
            boolean expected = bare.test(t);
            assertEquals(expected, gated.test(t), () -> "text: " + t);
            matched += expected ? 1 : 0;
        }
        assertTrue(matched > 1_000, "the generator reaches the label: " + matched);
    }

    @Test
    void everyCharacterThePatternFoldsToAnAsciiLetterIsFoundByTheWordCheck() {
        for (char letter : "readsltmogkywpubh".toCharArray()) {
            Pattern p = Pattern.compile("(?iu)" + letter);
            for (int c = 0; c <= 0xFFFF; c++) {
                String s = String.valueOf((char) c);
                if (p.matcher(s).matches()) {
                    assertTrue(Texts.holdsAny(s, String.valueOf(letter)),
                            "U+" + Integer.toHexString(c) + " matches " + letter);
                }
            }
        }
    }
}
