package org.marsad.arabic.dates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * Runs a date pattern only where one of its matches can start: where the text opens with one of the pattern's
 * openings (the first one to three chars any match begins with), not right after a letter or digit.
 * {@link Matcher#find} would try the pattern (look-behind, alternations) at every position of a window, and every
 * {@link Matcher#lookingAt} costs a reset of all the pattern's groups; most positions fail these checks, which cost
 * a few table lookups each. The matches are the ones find would give: the checks only skip positions where the
 * pattern cannot match (an opening list must hold the start of every match: {@code StartScanTest} tries every
 * short string the checks turn away), and after a match the scan goes on from its end.
 */
final class StartScan {
    /** Chars this table covers (Latin and Arabic blocks); every opening is written in them. */
    private static final int CHARS = 0x0700;
    /** The third-char set of an opening that ends at its second char: any third char will do. */
    private static final String ANY = "";

    private final boolean[] opens = new boolean[CHARS];
    /** True for a char that is a whole opening by itself (a digit): nothing after it is checked. */
    private final boolean[] alone = new boolean[CHARS];
    /** Per first char, the second chars its openings go on with. */
    private final String[] seconds = new String[CHARS];
    /** Per first char, per second char (in the order of {@link #seconds}), the third chars; {@link #ANY} for any. */
    private final String[][] thirds = new String[CHARS][];
    private final String notAfter;

    /**
     * @param openingChars every char a match can start with (Latin or Arabic block), nothing checked after it
     * @param notAfter     chars besides letters and digits that the pattern refuses right before a match
     */
    StartScan(String openingChars, String notAfter) {
        this(openingChars.chars().mapToObj(c -> String.valueOf((char) c)).toList(), notAfter);
    }

    /**
     * @param openings strings (in the Latin or Arabic block) one of which every match starts with; only their first
     *                 three chars are checked
     * @param notAfter chars besides letters and digits that the pattern refuses right before a match
     */
    StartScan(Collection<String> openings, String notAfter) {
        List<List<String>> third = new ArrayList<>(CHARS);
        for (int c = 0; c < CHARS; c++) {
            third.add(null);
        }
        for (String o : openings) {
            add(o, third);
        }
        for (int c = 0; c < CHARS; c++) {
            thirds[c] = third.get(c) == null ? null : third.get(c).toArray(String[]::new);
        }
        this.notAfter = notAfter;
    }

    private void add(String opening, List<List<String>> thirds) {
        if (opening.isEmpty()) {
            throw new IllegalArgumentException("an empty opening");
        }
        for (int k = 0; k < opening.length(); k++) {
            if (opening.charAt(k) >= CHARS) {
                throw new IllegalArgumentException("an opening outside the Latin and Arabic blocks: " + opening);
            }
        }
        char first = opening.charAt(0);
        opens[first] = true;
        if (opening.length() == 1) {
            alone[first] = true;
            return;
        }
        if (seconds[first] == null) {
            seconds[first] = "";
            thirds.set(first, new ArrayList<>());
        }
        char second = opening.charAt(1);
        int at = seconds[first].indexOf(second);
        if (at < 0) {
            seconds[first] += second;
            thirds.get(first).add(opening.length() == 2 ? ANY : String.valueOf(opening.charAt(2)));
            return;
        }
        String known = thirds.get(first).get(at);
        if (opening.length() == 2 || known.equals(ANY)) {
            thirds.get(first).set(at, ANY);
        } else if (known.indexOf(opening.charAt(2)) < 0) {
            thirds.get(first).set(at, known + opening.charAt(2));
        }
    }

    /** Calls {@code each} with {@code m} after every match inside {@code [from, to)} of {@code f}, in text order. */
    void find(Matcher m, String f, int from, int to, Consumer<Matcher> each) {
        int i = from;
        while (i < to) {
            char c = f.charAt(i);
            if (c < CHARS && opens[c] && (i == 0 || canFollow(f.charAt(i - 1))) && opensHere(c, f, i, to)) {
                m.region(i, to);
                if (m.lookingAt()) {
                    each.accept(m);
                    i = Math.max(m.end(), i + 1);
                    continue;
                }
            }
            i++;
        }
    }

    /** Whether the chars at {@code i} (before {@code to}) open as one of the openings (a match holds them). */
    private boolean opensHere(char first, String f, int i, int to) {
        if (alone[first]) {
            return true;
        }
        if (i + 1 >= to) {
            return false;
        }
        int at = seconds[first].indexOf(f.charAt(i + 1));
        if (at < 0) {
            return false;
        }
        String third = thirds[first][at];
        return third.isEmpty() || i + 2 < to && third.indexOf(f.charAt(i + 2)) >= 0;
    }

    /**
     * Whether a text starting with {@code prefix} (one to three chars) may be tried: false when the checks turn away
     * every such text, whatever follows.
     */
    boolean mayOpen(String prefix) {
        char first = prefix.charAt(0);
        if (first >= CHARS || !opens[first]) {
            return false;
        }
        String padded = prefix.length() >= 3 ? prefix : prefix + opening(first, prefix);
        return opensHere(first, padded, 0, padded.length());
    }

    /** Chars that complete a one- or two-char prefix to an opening, when one exists ("" otherwise). */
    private String opening(char first, String prefix) {
        if (alone[first]) {
            return "";
        }
        String second = seconds[first];
        if (prefix.length() == 1) {
            String third = thirds[first][0];
            return second.charAt(0) + (third.isEmpty() ? "" : third.substring(0, 1));
        }
        int at = second.indexOf(prefix.charAt(1));
        if (at < 0) {
            return "";
        }
        String third = thirds[first][at];
        return third.isEmpty() ? "" : third.substring(0, 1);
    }

    private boolean canFollow(char before) {
        return !Character.isLetterOrDigit(before) && notAfter.indexOf(before) < 0;
    }
}
