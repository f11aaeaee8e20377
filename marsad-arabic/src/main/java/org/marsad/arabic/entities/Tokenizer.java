package org.marsad.arabic.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text the way the training corpus is split: runs of letters, marks and digits are words (a decimal point or
 * comma between digits stays inside: 1.5, 20,000), every other visible char is a token of its own. A token ends a
 * sentence when it is . ! ? ؟ or when a line break follows it, so that the tagger sees sentences as in training.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c) || isHashtagMark(text, i)) {
                if ((c == '\n' || c == '\r' || c == '\u2029') && !out.isEmpty()) {
                    markEnd(out);
                }
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(c)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (isWordChar(d) || isInvisible(d) && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                        i++;
                    } else if ((d == '.' || d == ',' || d == '٫' || d == '٬') && i + 1 < n
                            && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                out.add(new Token(text.substring(start, i), start, i, false));
            } else {
                i += Character.charCount(text.codePointAt(i));
                String t = text.substring(start, i);
                boolean end = t.equals(".") || t.equals("!") || t.equals("?") || t.equals("؟");
                out.add(new Token(t, start, i, end));
            }
        }
        if (!out.isEmpty()) {
            markEnd(out);
        }
        return out;
    }

    private static void markEnd(List<Token> out) {
        Token last = out.get(out.size() - 1);
        if (!last.sentenceEnd()) {
            out.set(out.size() - 1, new Token(last.text(), last.start(), last.end(), true));
        }
    }

    static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c) || c == '\u0640') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * A hashtag's # before a word, or the _ joining its words (دونالد #ترمب, #كيم_جونغ_أون): skipped like a space, so
     * the words read as the name they write and a name is not cut at the mark.
     */
    private static boolean isHashtagMark(String text, int i) {
        char c = text.charAt(i);
        boolean wordAfter = i + 1 < text.length() && isWordChar(text.charAt(i + 1));
        if (c == '#') {
            return wordAfter && (i == 0 || !isWordChar(text.charAt(i - 1)));
        }
        return c == '_' && wordAfter && i > 0 && isWordChar(text.charAt(i - 1));
    }

    /** Zero-width joiners and bidi marks that may sit inside a word. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F' || c == '\u061C'
                || c == '\u2060' || c == '\uFEFF' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
