package org.marsad.enrich.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into words: maximal runs of letters, or of digits. Latin letters are lower-cased so that
 * "MBC" and "mbc" agree; a word glued to a figure is split from it ("لـ29" gives "ل" and "29"); a decimal point
 * or comma between digits stays inside the number and is written as a point ("6,8" and "6.8" agree).
 */
public final class Tokens {
    private Tokens() {
    }

    /** The words of a text that has already been folded with {@link Fold#search}. */
    public static List<String> words(String folded) {
        return scan(folded, false);
    }

    /**
     * The words of {@link #words} that are numbers ({@link #isNumber}), in order: the same strings, without making
     * one for every other word.
     */
    public static List<String> numbers(String folded) {
        return scan(folded, true);
    }

    private static List<String> scan(String folded, boolean numbersOnly) {
        List<String> out = new ArrayList<>();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            int start = i;
            boolean digits = i < n && isDigit(folded.charAt(i));
            while (i < n) {
                char c = folded.charAt(i);
                if (Character.isLetterOrDigit(c) && isDigit(c) == digits) {
                    i++;
                } else if (digits && (c == '.' || c == ',' || c == '٫' || c == '٬') && i > start && i + 1 < n
                        && isDigit(folded.charAt(i - 1)) && isDigit(folded.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            // A word of letters never starts with a digit (lower case keeps it so): no number, so not made at all.
            if (i > start && (digits || !numbersOnly)) {
                String w = folded.substring(start, i);
                out.add(digits ? w.replace("٬", "").replace(',', '.').replace('٫', '.')
                        : w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** True when the word is a figure written with digits. */
    public static boolean isNumber(String word) {
        return !word.isEmpty() && isDigit(word.charAt(0));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
