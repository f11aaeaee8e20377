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
                StringBuilder piece = new StringBuilder();
                for (int p = r.nextInt(4); p >= 0; p--) {
                    piece.append(PIECES[r.nextInt(PIECES.length)]);
                }
                boolean inLink = r.nextInt(3) == 0;
                run.append(piece.toString(), inLink);
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
}
