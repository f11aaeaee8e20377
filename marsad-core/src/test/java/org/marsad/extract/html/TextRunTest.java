package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A run counts its visible chars as text is appended, instead of counting its collapsed text: the count, and the
 * link density built on it, must be what counting the collapsed text gives, whatever spaces, line breaks and
 * {@code <br>}s the text holds.
 */
class TextRunTest {
    private static final String[] PIECES = {"الحكومة", "news", "x", " ", "  ", "\n", "\r\n", "\r", "\t", "\u00a0",
        "\u200b", "\u2007", "\u202f", "\ufeff", "\u3000", ".", "،", "😀", "é", ""};

    /**
     * The run collapses its text as it is appended: it must be {@link Texts#collapse} of the text appended whole, with
     * the markup's line breaks as spaces and each {@code <br>} as a line break, at every point of the appending (the
     * copy is collapsed in place, and a space or break due from the append before must not overwrite a char unread).
     */
    @Test
    void theTextIsThatOfCollapsingTheWholeAppendedText() {
        Random r = new Random(2026_1207);
        int multiLine = 0;
        for (int i = 0; i < 50_000; i++) {
            TextRun run = new TextRun(new Element("p"), 0, 0);
            StringBuilder raw = new StringBuilder();
            for (int k = r.nextInt(10); k > 0; k--) {
                if (r.nextInt(5) == 0) {
                    run.lineBreak();
                    raw.append('\n');
                } else {
                    String piece = piece(r, 5);
                    run.append(piece, r.nextBoolean());
                    raw.append(piece.replace('\n', ' ').replace('\r', ' '));
                }
                if (r.nextInt(3) == 0) {
                    assertEquals(Texts.collapse(raw), run.text(), () -> "appended: " + raw);
                }
            }
            String expected = Texts.collapse(raw);
            assertEquals(expected, run.text(), () -> "appended: " + raw);
            multiLine += expected.indexOf('\n') > 0 ? 1 : 0;
        }
        assertThat(multiLine).as("the generator reaches kept line breaks").isGreaterThan(5_000);
    }

    @Test
    void theCountIsThatOfTheCollapsedText() {
        Random r = new Random(2026_1210);
        int linked = 0;
        for (int i = 0; i < 50_000; i++) {
            TextRun run = new TextRun(new Element("p"), 0, 0);
            int linkVisible = 0;
            for (int k = r.nextInt(8); k > 0; k--) {
                if (r.nextInt(6) == 0) {
                    run.lineBreak();
                    continue;
                }
                String piece = piece(r, 4);
                boolean inLink = r.nextInt(3) == 0;
                run.append(piece, inLink);
                if (inLink) {
                    linkVisible += Texts.visibleLength(piece);
                }
                // asked between appends too: a count taken early must not go stale
                if (r.nextBoolean()) {
                    assertEquals(Texts.visibleLength(run.text()), run.chars(), run::toString);
                }
            }
            int visible = Texts.visibleLength(run.text());
            assertEquals(visible, run.chars(), run::toString);
            double density = visible == 0 ? 0 : Math.min(1.0, (double) linkVisible / visible);
            assertEquals(density, run.linkDensity(), run::toString);
            linked += linkVisible > 0 ? 1 : 0;
        }
        assertThat(linked).as("the generator reaches link text").isGreaterThan(10_000);
    }

    /** One to {@code most} pieces glued: words, every kind of space and break, punctuation. */
    private static String piece(Random r, int most) {
        StringBuilder piece = new StringBuilder();
        for (int p = r.nextInt(most); p >= 0; p--) {
            piece.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return piece.toString();
    }
}
