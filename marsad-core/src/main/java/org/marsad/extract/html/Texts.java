package org.marsad.extract.html;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the extraction steps. */
final class Texts {
    private Texts() {
    }

    /** Runs of whitespace, as the {@code "\\s+"} of {@link String#split} (compiled once: split compiles it per call). */
    static final Pattern SPACES = Pattern.compile("\\s+");

    /** How many whitespace-separated words the text has (none for a blank text). */
    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : SPACES.split(t).length;
    }

    /** Non-whitespace characters in the text: a length that markup indentation cannot inflate. */
    static int visibleLength(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static boolean isSpace(char c) {
        return SPACE[c];
    }

    /**
     * {@link #isSpace} for every char, worked out once: it runs on every char of every text node (lengths,
     * collapsing), and {@link Character#isWhitespace} looks each non-Latin-1 char up in several tables.
     */
    private static final boolean[] SPACE = spaceTable();

    private static boolean[] spaceTable() {
        boolean[] t = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            t[c] = Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2007' || c == '\u202f'
                    || c == '\ufeff';
        }
        return t;
    }

    /** Collapses spaces and tabs to one space, keeps single line breaks, trims every line and the whole. */
    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        boolean newline = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                newline = true;
                space = false;
            } else if (isSpace(c)) {
                space = true;
            } else {
                if (out.length() > 0) {
                    if (newline) {
                        out.append('\n');
                    } else if (space) {
                        out.append(' ');
                    }
                }
                newline = false;
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Collapses all whitespace, line breaks included, to single spaces. */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        return isOneLine(s) ? s : collapse(s).replace('\n', ' ');
    }

    /**
     * Whether {@link #oneLine} gives the text back as it is: its only whitespace is single plain spaces between
     * other chars. Most meta values and link texts are so, and collapsing copied each of them twice.
     */
    static boolean isOneLine(String s) {
        boolean space = true;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (c != ' ' || space) {
                    return false;
                }
                space = true;
            } else {
                space = false;
            }
        }
        return !space || s.isEmpty();
    }

    /**
     * A comparison key: letters and digits only, lower case, Arabic tatweel and diacritics dropped, so that the same
     * words written with different punctuation, spacing or markup compare equal.
     */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        String n = normalizedAlready(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c) && c != '\u0640') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code key(s)} equals {@code key}. The text's chars up to its first one that {@link #normalizedAlready}
     * does not keep are letters and digits of its key as they are: no NFKC decomposition touches them, and what
     * follows can only compose with the last of them into a letter again (TextTablesTest checks every such pair),
     * while lower-casing never shortens a key. A text with more letters and digits there than the key has is turned
     * away without building its key: a paragraph compared with a headline, even one with a quotation mark or a
     * no-break space late in it.
     */
    static boolean hasKey(String s, String key) {
        if (normalizedAlready(s)) {
            return keyOfNormalizedIs(s, key);
        }
        int most = key.length();
        int letters = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (!keyStable(c)) {
                break;
            }
            if (Character.isLetterOrDigit(c) && c != '\u0640' && ++letters > most) {
                return false;
            }
        }
        return key(s).equals(key);
    }

    /**
     * Whether {@code key(s)} equals {@code key} for a text NFKC leaves as it is ({@link #normalizedAlready}): its key
     * is its letters and digits, tatweel aside, each lower-cased on its own (ASCII and Arabic chars lower-case alone),
     * so they are compared with the key as they come, and the first that differs ends it with no key built. Every
     * run of a page's main text is asked whether it is the headline, and most are short of it.
     */
    private static boolean keyOfNormalizedIs(String s, String key) {
        int most = key.length();
        int at = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) && c != '\u0640') {
                if (at == most || Character.toLowerCase(c) != key.charAt(at)) {
                    return false;
                }
                at++;
            }
        }
        return at == most;
    }

    /**
     * True when NFKC would give back the same letters and digits in the same order, so {@link #key} may skip it:
     * every char is ASCII, Arabic-Indic digits or the basic Arabic block up to sukun (letters, tatweel, punctuation,
     * harakat). None of them has a compatibility or canonical decomposition and no two of them compose (the hamza
     * and madda marks U+0653–U+0655, which do compose with alef, waw and yeh, are left out); normalizing could only
     * reorder adjacent harakat, which the key drops. Checked char by char and for every pair in TextsKeyTest.
     */
    static boolean normalizedAlready(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!keyStable(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean keyStable(char c) {
        return c < 0x80 || (c >= '\u060c' && c <= '\u0652') || (c >= '\u0660' && c <= '\u0669');
    }

    /**
     * True when the text holds one of the words, ASCII letters compared ignoring case: a cheap necessary condition
     * checked before a label pattern that would otherwise be tried at every position of a long text. Every label
     * alternative contains one of the words; {@link String#regionMatches(boolean, int, String, int, int)} accepts
     * every character that a case-insensitive Unicode pattern accepts for an ASCII letter (the long s, the Kelvin
     * sign), so no text the pattern matches is turned away.
     */
    static boolean holdsAny(String s, String... words) {
        for (String w : words) {
            char c0 = w.charAt(0);
            if (c0 >= 128) {
                if (s.contains(w)) {
                    return true;
                }
                continue;
            }
            int last = s.length() - w.length();
            for (int i = 0; i <= last; i++) {
                // only the long s and the Kelvin sign fold to an ASCII letter that starts a word here
                char c = s.charAt(i);
                if ((c == c0 || (c | 0x20) == c0 || c == '\u017f' || c == '\u212a')
                        && s.regionMatches(true, i, w, 0, w.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Characters that end a sentence in English or Arabic text, closing quotes included. */
    static boolean endsSentence(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '"' || c == '\u201d' || c == '\'' || c == '\u2019' || c == '\u00bb' || c == ')') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '\u061f' || c == '\u06d4' || c == ':' || c == '\u2026';
        }
        return false;
    }

    /** Commas, semicolons and full stops, Arabic ones included: a cheap sign of written prose. */
    static int punctuation(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '.' || c == ';' || c == '\u060c' || c == '\u061b' || c == '\u061f' || c == '?') {
                n++;
            }
        }
        return n;
    }
}
