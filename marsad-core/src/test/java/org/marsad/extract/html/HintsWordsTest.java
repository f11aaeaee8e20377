package org.marsad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Name words are split with one buffer instead of two builders; on every generated name they must be the words the
 * plain splitting gives (kept here as the reference): ASCII letter runs, camelCase humps, and the joined letters.
 */
class HintsWordsTest {
    private static final String[] PIECES = {"share", "Bar", "related", "-", "_", "2", " ", "\t", "article", "Body",
        "readAlso", "é", "ÉTÉ", "ad", "AD", "x", "ص", "حدث", "  ", "main-content", "storyText", "Z", "aB", "Ab"};

    @Test
    void wordsAreThoseOfThePlainSplit() {
        Random r = new Random(2026_16);
        for (int i = 0; i < 100_000; i++) {
            String cls = name(r);
            String id = name(r);
            Element e = new Element("div").attr("class", cls).attr("id", id);
            List<String> expected = new ArrayList<>();
            plainWords(cls, expected);
            plainWords(id, expected);
            assertEquals(expected, Hints.words(e), () -> "class '" + cls + "' id '" + id + "'");
            assertEquals(expected, new NameWords().of(e));
        }
    }

    private static String name(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
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
