package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** A snippet is its passages' text on one line, trimmed, with each marked range on the words matched. */
class SnippetsTest {
    // Letters, spaces, line breaks and tabs, white space of other kinds, a non-breaking space (not white space to
    // Java), and a letter outside the Basic Multilingual Plane (a surrogate pair).
    private static final String[] PIECES = {"غزة", "الحكومة", "قال", " ", " ", "\n", "\r\n", "\t", "\u2003", "\u00a0",
        "\uD835\uDC00", ".", "،"};

    @Test
    void aSnippetIsItsPassagesOnOneLineTrimmedWithTheMatchesMarked() {
        Random rnd = new Random(20261205L);
        Snippets formatter = new Snippets();
        int marked = 0;
        for (int n = 0; n < 3_000; n++) {
            StringBuilder content = new StringBuilder();
            for (int i = 20 + rnd.nextInt(400); i > 0; i--) {
                content.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            String text = content.toString();
            Passage[] passages = passages(rnd, text);
            Snippets.Snippet s = (Snippets.Snippet) formatter.format(passages, text);

            assertThat(s.text()).doesNotContain("\n", "\r", "\t");
            assertThat(s.text()).doesNotStartWith(" ");
            if (!s.text().isEmpty()) {
                assertThat(Character.isWhitespace(s.text().charAt(s.text().length() - 1))).isFalse();
            }
            // Each mark covers the very characters of a match, breaks read as spaces.
            List<String> matched = new ArrayList<>();
            for (Passage p : passages) {
                for (int m = 0; m < p.getNumMatches(); m++) {
                    matched.add(oneLine(text.substring(p.getMatchStarts()[m], p.getMatchEnds()[m])));
                }
            }
            for (SearchHit.Span span : s.spans()) {
                assertThat(matched).contains(s.text().substring(span.start(), span.end()));
                marked++;
            }
            // The text is the passages' text, in order, joined by the gap.
            String joined = s.text();
            for (Passage p : passages) {
                String part = oneLine(text.substring(p.getStartOffset(), p.getEndOffset())).strip();
                if (p.getEndOffset() - p.getStartOffset() <= Snippets.MAX_PASSAGE && !part.isEmpty()) {
                    assertThat(joined).contains(part);
                }
            }
        }
        assertThat(marked).isGreaterThan(1_000);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    /** One to three passages in order, each with a few matches on words inside it. */
    private static Passage[] passages(Random rnd, String text) {
        int count = 1 + rnd.nextInt(3);
        List<Passage> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < count && from < text.length() - 1; i++) {
            int start = from + rnd.nextInt(Math.max(1, (text.length() - from) / 2));
            int end = Math.min(text.length(), start + 1 + rnd.nextInt(400));
            Passage p = new Passage();
            p.setStartOffset(start);
            p.setEndOffset(end);
            int at = start;
            while (at < end) {
                int w = text.indexOf("غزة", at);
                if (w < 0 || w + 3 > end) {
                    break;
                }
                if (rnd.nextBoolean()) {
                    p.addMatch(w, w + 3, new BytesRef("غزة"), 1);
                }
                at = w + 3;
            }
            out.add(p);
            from = end;
        }
        return out.toArray(Passage[]::new);
    }
}
