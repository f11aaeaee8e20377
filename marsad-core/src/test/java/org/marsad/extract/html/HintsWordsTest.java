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
 * element's name verdict is worked out while splitting, with no word list; it must be what the rules say of the word
 * list (kept here as the reference too).
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
            assertEquals(expected, words(e), () -> "class '" + cls + "' id '" + id + "'");
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
            List<String> words = words(e);
            int expected = (saysBoilerplate(words) ? Hints.SAYS_BOILERPLATE : 0)
                    | (saysContent(words) ? Hints.SAYS_CONTENT : 0)
                    | (words.stream().anyMatch(Hints.BOX::contains) ? Hints.NAMES_BOX : 0);
            int verdict = Hints.verdict(e, tally);
            assertEquals(expected, verdict, e::outerHtml);
            seen[verdict]++;
        }
        // every verdict the rules allow is reached: boilerplate and content exclude each other
        for (int v : new int[] {0, 1, 2, 4, 5, 6}) {
            assertTrue(seen[v] > 100, "verdict " + v + " seen " + seen[v]);
        }
    }

    /** The lower-case words of the element's class names, id, role and itemprop, as the verdict splits them. */
    private static List<String> words(Element e) {
        List<String> out = new ArrayList<>();
        Hints.Splitter split = new Hints.Splitter() {
            @Override
            void word(char[] letters, int from, int to, int hash) {
                out.add(new String(letters, from, to - from));
            }
        };
        for (String attribute : List.of("class", "id", "role", "itemprop")) {
            split.names(e.attr(attribute));
        }
        return out;
    }

    /**
     * The reference rule: a strong boilerplate word that content words do not outnumber, or a weak one with no content
     * word at all ("breaking-block" goes, "breaking-news-article" stays).
     */
    private static boolean saysBoilerplate(List<String> words) {
        long strong = words.stream().filter(Hints.BOILERPLATE::contains).count();
        long weak = words.stream().filter(w -> !Hints.BOILERPLATE.contains(w) && Hints.WEAK_BOILERPLATE.contains(w))
                .count();
        long content = words.stream().filter(Hints.CONTENT::contains).count();
        return strong > 0 && strong >= content || weak > 0 && content == 0;
    }

    /** The reference rule: a content word, and nothing against it. */
    private static boolean saysContent(List<String> words) {
        return words.stream().anyMatch(Hints.CONTENT::contains) && !saysBoilerplate(words);
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
