package org.marsad.arabic.figures;

import java.util.ArrayList;
import java.util.List;
import org.marsad.arabic.FoldedText;

/**
 * A text cut into folded words, digit runs and punctuation, each with its span in the original text, the
 * sentence it belongs to (sentences end at . ! ? ؟ ؛ and line breaks) and its paragraph (paragraphs end at line
 * breaks).
 */
final class Tokens {
    enum Type { WORD, DIGITS, PUNCT }

    record Token(String f, int fs, int fe, int os, int oe, Type type, int sentence, int paragraph) {
        boolean word() {
            return type == Type.WORD;
        }

        boolean is(String folded) {
            return type != Type.DIGITS && f.equals(folded);
        }
    }

    private final FoldedText folded;
    private final List<Token> list;

    private Tokens(FoldedText folded, List<Token> list) {
        this.folded = folded;
        this.list = list;
    }

    static Tokens of(String text) {
        return of(FoldedText.of(text));
    }

    /** The tokens of a text already folded. */
    static Tokens of(FoldedText folded) {
        String f = folded.folded();
        List<Token> out = new ArrayList<>();
        int sentence = 0;
        int paragraph = 0;
        int n = f.length();
        int i = 0;
        while (i < n) {
            char c = f.charAt(i);
            int start = i;
            Type type;
            if (c >= '0' && c <= '9') {
                i++;
                while (i < n && (isDigit(f.charAt(i))
                        || i + 1 < n && ".,٫٬".indexOf(f.charAt(i)) >= 0 && isDigit(f.charAt(i + 1)))) {
                    i++;
                }
                type = Type.DIGITS;
            } else if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(f.charAt(i))) {
                    i++;
                }
                type = Type.WORD;
            } else if (c == '#' && i + 1 < n && Character.isLetter(f.charAt(i + 1))
                    || c == '_' && i > 0 && i + 1 < n && Character.isLetter(f.charAt(i - 1))
                    && Character.isLetter(f.charAt(i + 1))) {
                // a hashtag's marks («شرطة #الاحتلال», «#إقليم_قندوز») on words the sentence reads as written
                i++;
                continue;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (c == '\n' || c == '\r' || c == '\u2029') {
                    sentence++;
                    paragraph++;
                }
                i++;
                continue;
            } else {
                i++;
                type = Type.PUNCT;
            }
            out.add(new Token(f.substring(start, i), start, i, folded.originalStart(start), folded.originalEnd(i),
                    type, sentence, paragraph));
            if (type == Type.PUNCT && ".!?؟؛".indexOf(c) >= 0) {
                sentence++;
            }
        }
        return new Tokens(folded, out);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    int size() {
        return list.size();
    }

    Token get(int i) {
        return list.get(i);
    }

    /** The folded word at {@code i}, or "" outside the list or for a digit run. */
    String word(int i) {
        return i < 0 || i >= list.size() || list.get(i).type == Type.DIGITS ? "" : list.get(i).f;
    }

    boolean sameSentence(int i, int j) {
        return i >= 0 && j >= 0 && i < list.size() && j < list.size() && list.get(i).sentence == list.get(j).sentence;
    }

    /** True when token {@code i + 1} follows token {@code i} with nothing between them. */
    boolean adjacent(int i) {
        return i >= 0 && i + 1 < list.size() && list.get(i).fe == list.get(i + 1).fs;
    }

    /** Index of the first token starting at or after original offset {@code offset}. */
    int atOrAfter(int offset) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).os < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last token ending at or before original offset {@code offset}. */
    int lastEndingBy(int offset) {
        int i = atOrAfter(offset) - 1;
        while (i >= 0 && list.get(i).oe > offset) {
            i--;
        }
        return i;
    }

    /** Original offset of the folded char {@code skip} chars into token {@code i} (a prefix left out). */
    int originalStart(int i, int skip) {
        Token t = list.get(i);
        return skip == 0 ? t.os : folded.originalStart(t.fs + skip);
    }

    /**
     * True when word {@code i} carries the article: it folds to ال… and is written with a plain alef (ألقاب and
     * إلى fold to ال… too, but their alef carries a hamza).
     */
    boolean definite(int i) {
        if (i < 0 || i >= list.size()) {
            return false;
        }
        Token t = list.get(i);
        if (!t.word() || !(t.f.startsWith("ال") || t.f.startsWith("لل")) || t.f.length() < 3) {
            return false;
        }
        if (t.f.startsWith("لل")) {
            return true;
        }
        char c = folded.original().charAt(t.os);
        return c == '\u0627' || c == '\u0671' || c == '\uFE8D' || c == '\uFE8E' || c == '\uFEFB' || c == '\uFEFC';
    }

    String original() {
        return folded.original();
    }
}
