package org.marsad.extract.html;

/**
 * Finds a fixed set of words in text the way {@link Texts#holdsAny} does (non-ASCII words exactly, ASCII words
 * ignoring case as {@link String#regionMatches(boolean, int, String, int, int)} does), in one pass over the text
 * instead of one pass per word, and also across the seam of two texts that are read one after the other. Lets a
 * walk of the page's text nodes tell which elements can hold a word before any element's text is assembled.
 */
final class WordScan {
    /**
     * Per char, a bit for each word (by its index, at most 8 words) that may start with it ({@link #holdsAt}'s first
     * test), and a bit for each word whose second char it may be ({@link #mayEqual}). A word stands at {@code i} only
     * if the two chars there share its bit: most chars that may start a word ("r", "s", "ي") are not followed by
     * one that may go on with the same word, and the words are tried only where they are.
     */
    private final byte[] startMask = new byte[Character.MAX_VALUE + 1];
    private final byte[] secondMask = new byte[Character.MAX_VALUE + 1];
    private final String[] words;
    private final int longest;

    WordScan(String... words) {
        if (words.length > Byte.SIZE) {
            throw new IllegalArgumentException("at most " + Byte.SIZE + " words: " + words.length);
        }
        this.words = words.clone();
        int max = 0;
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            if (w.length() < 2) {
                throw new IllegalArgumentException("a word of one char: " + w);
            }
            byte bit = (byte) (1 << k);
            for (int x = 0; x <= Character.MAX_VALUE; x++) {
                char c = (char) x;
                if (mayStart(c, w.charAt(0))) {
                    startMask[c] |= bit;
                }
                if (mayEqual(c, w.charAt(1))) {
                    secondMask[c] |= bit;
                }
            }
            max = Math.max(max, w.length());
        }
        this.longest = max;
    }

    /** Whether the text's char {@code c} passes {@link #holdsAt}'s test of a word's first char {@code w}. */
    private static boolean mayStart(char c, char w) {
        if (w >= 128) {
            return c == w;
        }
        // the chars holdsAny lets through to regionMatches
        return c == w || (c | 0x20) == w || c == '\u017f' || c == '\u212a';
    }

    /** Whether a word may start with {@code c}: false rules out {@link #startsAt} at that char. */
    boolean mayStartWith(char c) {
        return startMask[c] != 0;
    }

    /** The length of the longest word: a word across a seam lies within this many chars either side of it. */
    int longest() {
        return longest;
    }

    /** Whether one of the words lies wholly inside {@code s}; equal to {@code Texts.holdsAny(s, words)}. */
    boolean in(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (startsAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words starts at {@code i} of {@code s}: {@link #in} is this at some {@code i}. */
    boolean startsAt(String s, int i) {
        int n = s.length();
        // every word has two chars or more: none starts at the last char
        int starting = startMask[s.charAt(i)];
        if (starting == 0 || i + 1 >= n) {
            return false;
        }
        int candidates = starting & secondMask[s.charAt(i + 1)] & 0xff;
        for (; candidates != 0; candidates &= candidates - 1) {
            String w = words[Integer.numberOfTrailingZeros(candidates)];
            if (i + w.length() <= n && holdsAt(s, i, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word starts in {@code before} and ends in {@code after} when the two are read one after the other
     * with nothing between them ({@code before} may be the last chars of a longer text).
     */
    boolean across(CharSequence before, String after) {
        int seam = before.length();
        // a word across the seam holds the first char after it, and no word holds a space: most text nodes after
        // another are the indentation between two tags
        if (seam == 0 || after.isEmpty() || Texts.isSpace(after.charAt(0))) {
            return false;
        }
        String joined = null;
        for (int i = Math.max(0, seam - longest + 1); i < seam; i++) {
            if (startMask[before.charAt(i)] == 0) {
                continue;
            }
            for (String w : words) {
                int end = i + w.length();
                if (end > seam && end - seam <= after.length() && mayHoldAcross(before, after, i, w)) {
                    // the seam is joined only for the rare word that the cheap test lets through
                    joined = joined != null ? joined
                            : before + after.substring(0, Math.min(after.length(), longest - 1));
                    if (holdsAt(joined, i, w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** False when {@code w} cannot stand at {@code i} of {@code before} read on into {@code after}. */
    private static boolean mayHoldAcross(CharSequence before, String after, int i, String w) {
        int seam = before.length();
        for (int k = 0; k < w.length(); k++) {
            int at = i + k;
            if (!mayEqual(at < seam ? before.charAt(at) : after.charAt(at - seam), w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * False when the text's char {@code c} cannot be the word's char {@code w} as {@link #holdsAt} compares them: two
     * ASCII chars equal ignoring case have the same bits but 0x20, and a non-ASCII word char must be there as it is.
     * Non-ASCII text chars facing an ASCII word char are let through (some fold to ASCII letters).
     */
    private static boolean mayEqual(char c, char w) {
        return c == w || w < 128 && (c >= 128 || (c | 0x20) == (w | 0x20));
    }

    /** Whether {@code w} stands at {@code i} of {@code s}, compared as {@link Texts#holdsAny} compares. */
    private static boolean holdsAt(String s, int i, String w) {
        int n = w.length();
        if (i + n > s.length()) {
            return false;
        }
        char c0 = w.charAt(0);
        char c = s.charAt(i);
        if (c0 >= 128) {
            return c == c0 && s.startsWith(w, i);
        }
        if (!(c == c0 || (c | 0x20) == c0 || c == '\u017f' || c == '\u212a')) {
            // only the long s and the Kelvin sign fold to an ASCII letter that starts a word here
            return false;
        }
        // regionMatches folds every char through Character's case tables: ruled out first by a cheap test
        for (int k = 1; k < n; k++) {
            if (!mayEqual(s.charAt(i + k), w.charAt(k))) {
                return false;
            }
        }
        return s.regionMatches(true, i, w, 0, n);
    }
}
