package org.marsad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Name words are split with one buffer instead of two builders; on every generated name they must be the words the
 * plain splitting gives (kept here as the reference): ASCII letter runs, camelCase humps, and the joined letters. An
 * element's name verdict is worked out while splitting, with no word list; it must be what the word list says.
 */
class HintsWordsTest {
    private static final String[] PIECES = {"share", "Bar", "related", "-", "_", "2", " ", "\t", "article", "Body",
        "readAlso", "é", "ÉTÉ", "ad", "AD", "x", "ص", "حدث", "  ", "main-content", "storyText", "Z", "aB", "Ab"};

    @Test
    void wordsAreThoseOfThePlainSplit() {
        Random r = new Random(2026_16);
        for (int i = 0; i < 100_000; i++) {
            String cls = name(r, PIECES);
            String id = name(r, PIECES);
            Element e = new Element("div").attr("class", cls).attr("id", id);
            List<String> expected = new ArrayList<>();
            plainWords(cls, expected);
            plainWords(id, expected);
            assertEquals(expected, Hints.words(e), () -> "class '" + cls + "' id '" + id + "'");
        }
    }

    /** The verdict looks words up by the hash the split sums as it reads them: it must be the word's String hash. */
    @Test
    void eachWordComesWithItsStringHash() {
        Random r = new Random(2026_1206);
        int[] words = new int[1];
        Hints.Splitter split = new Hints.Splitter() {
            @Override
            void word(char[] letters, int from, int to, int hash) {
                String w = new String(letters, from, to - from);
                assertEquals(w.hashCode(), hash, w);
                words[0]++;
            }
        };
        for (int i = 0; i < 100_000; i++) {
            split.names(name(r, PIECES));
        }
        assertTrue(words[0] > 100_000, "words split: " + words[0]);
    }

    /** Pieces of names made of the words that decide a verdict (whole, glued, camelCased) and of words that do not. */
    private static final String[] VERDICT_PIECES = {"share", "Share", "related", "Related", "posts", "-", "_", "2",
        " ", "\t", "article", "Body", "body", "content", "readAlso", "read", "also", "more", "Stories", "most", "Read",
        "ad", "AD", "head", "tags", "tag", "print", "news", "latest", "é", "ص", "x", "similar", "suggested", "sidebar",
        "widget", "entry", "post", "meta", "byline", "  ", "Z", "aB", "recommendations", "itemFullText"};
    private static final String[] ATTRIBUTES = {"class", "id", "role", "itemprop", "data-x"};

    /** Boilerplate, content and "read also" box, as the word list answers them; one tally reused throughout. */
    @Test
    void theVerdictIsThatOfTheNameWords() {
        Random r = new Random(2026_1205);
        Hints.Tally tally = new Hints.Tally();
        int[] seen = new int[8];
        for (int i = 0; i < 100_000; i++) {
            Element e = new Element("div");
            int attributes = r.nextInt(4);
            for (int k = 0; k < attributes; k++) {
                e.attr(ATTRIBUTES[r.nextInt(ATTRIBUTES.length)], name(r, VERDICT_PIECES));
            }
            List<String> words = Hints.words(e);
            int expected = (Hints.saysBoilerplate(words) ? Hints.SAYS_BOILERPLATE : 0)
                    | (Hints.saysContent(words) ? Hints.SAYS_CONTENT : 0)
                    | (Hints.any(words, Hints.BOX) ? Hints.NAMES_BOX : 0);
            int verdict = Hints.verdict(e, tally);
            assertEquals(expected, verdict, e::outerHtml);
            seen[verdict]++;
        }
        // every verdict the rules allow is reached: boilerplate and content exclude each other
        for (int v : new int[] {0, 1, 2, 4, 5, 6}) {
            assertTrue(seen[v] > 100, "verdict " + v + " seen " + seen[v]);
        }
    }

    private static String name(Random r, String[] pieces) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    /** The reference: each space-separated name split with a builder per word and one for the joined letters. */
    private static void plainWords(String raw, List<String> out) {
        for (String name : raw.split("\\s+")) {
            if (name.isEmpty()) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            StringBuilder word = new StringBuilder();
            int parts = 0;
            char prev = 0;
            for (char c : name.toCharArray()) {
                boolean letter = c < 128 && Character.isLetter(c);
                if (letter && Character.isUpperCase(c) && prev != 0 && Character.isLowerCase(prev)
                        && word.length() > 0) {
                    out.add(word.toString());
                    parts++;
                    word.setLength(0);
                }
                if (letter) {
                    word.append(Character.toLowerCase(c));
                    joined.append(Character.toLowerCase(c));
                } else if (word.length() > 0) {
                    out.add(word.toString());
                    parts++;
                    word.setLength(0);
                }
                prev = c;
            }
            if (word.length() > 0) {
                out.add(word.toString());
                parts++;
            }
            if (parts > 1) {
                out.add(joined.toString());
            }
        }
    }
}
