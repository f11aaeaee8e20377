package org.marsad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The "read also" label is looked for only where it can start ({@link RelatedLinks#labelled}); the answers must be
 * those of the patterns anchored by {@code ^\W*}, which try every position.
 */
class LabelScanTest {
    private static final String[] PIECES = {"اقرأ أيضاً", "إقرأ المزيد", "أقرأ كذلك", "شاهد أيضا", "تابع ايضا",
        "طالع ايضاً", "مواضيع ذات صلة", "موضوعات ذات صلة", "مقالات ذات صلة", "اخبار ذات صلة", "ذات   صلة",
        "قد يهمك أيضا", "قد يهمك", "Read also", "READ MORE", "ſee also", "see  Also", "Related", "RELATED STORIES",
        "related coverage", "More on this story", "more on this", "قال الوزير", "أعلنت الحكومة", "مصر", "تقرير",
        "ذكر", "News", "the", "Kelvin \u212a", "2024", "٢٠٢٤", "_", ":", "：", " - ", "–", "—", ".", "»", "\u00a0",
        "\u200b", "\n", "\r", "\u2028", "  ", "#", "ق", "قر", "أ", "صل", "ة", "r", "e", "ad", "s", "m", "é", "😀"};

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
            if (r.nextInt(3) == 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    @Test
    void theScanAnswersAsTheAnchoredPatterns() {
        Pattern here = RelatedLinks.LABEL_HERE;
        Pattern onlyHere = RelatedLinks.LABEL_ONLY_HERE;
        Pattern leadHere = RelatedLinks.LABEL_LEAD_HERE;
        Random r = new Random(16_2026);
        int started = 0;
        int whole = 0;
        for (int i = 0; i < 200_000; i++) {
            String t = text(r);
            boolean start = RelatedLinks.LABEL_START.matcher(t).lookingAt();
            assertEquals(start, RelatedLinks.labelled(t, here, false), () -> "start: " + t);
            boolean only = RelatedLinks.LABEL_ONLY.matcher(t).matches();
            assertEquals(only, RelatedLinks.labelled(t, onlyHere, true), () -> "only: " + t);
            boolean lead = RelatedLinks.LABEL_LEAD.matcher(t).matches();
            assertEquals(lead, RelatedLinks.labelled(t, leadHere, true), () -> "lead: " + t);
            started += start ? 1 : 0;
            whole += only ? 1 : 0;
        }
        assertTrue(started > 5_000 && whole > 1_000, "the generator reaches the label: " + started + ", " + whole);
    }

    /**
     * The body survey tries the label pattern only on a text node that holds a label word wholly inside it
     * ({@link RelatedLinks#LABEL_WORD_SCAN}): a text that starts with a label must hold one.
     */
    @Test
    void aTextThatStartsWithALabelHoldsALabelWord() {
        Random r = new Random(16_2027);
        int started = 0;
        for (int i = 0; i < 200_000; i++) {
            String t = text(r);
            if (RelatedLinks.labelled(t, RelatedLinks.LABEL_HERE, false)) {
                started++;
                assertTrue(RelatedLinks.LABEL_WORD_SCAN.in(t), () -> "no label word: " + t);
            }
        }
        assertTrue(started > 5_000, "the generator reaches the label: " + started);
    }

    @Test
    void everyCharacterALabelCanStartWithIsScanned() {
        Pattern here = Pattern.compile("(?iu)" + RelatedLinks.LABEL);
        for (int c = 0; c <= 0xFFFF; c++) {
            Matcher m = here.matcher(String.valueOf((char) c));
            if (m.lookingAt() || m.hitEnd()) {
                assertTrue(RelatedLinks.LABEL_FIRST.indexOf(c) >= 0, "U+" + Integer.toHexString(c));
            }
        }
    }
}
