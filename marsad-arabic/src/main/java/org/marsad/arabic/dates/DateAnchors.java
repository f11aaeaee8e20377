package org.marsad.arabic.dates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.arabic.HashFilter;

/**
 * Where each kind of date can be: one pass over the folded text finds the words (month names, weekdays, أمس, أيام)
 * and digit groups that every date of a kind must contain, and the date patterns then run only in windows around
 * them. Most texts have few or no such words, so most of a long article is never matched against a pattern.
 *
 * @param month    windows around Arabic month names (Gregorian and Hijri)
 * @param relative windows around أمس, اليوم, weekdays …
 * @param elapsed  windows around أيام, أسبوع … ("منذ ثلاثة أيام")
 * @param english  windows around English month names
 * @param numeric  windows around digit groups followed by - / . and a digit (2024-01-14, 14/01/2024)
 */
record DateAnchors(List<int[]> month, List<int[]> relative, List<int[]> elapsed, List<int[]> english,
                   List<int[]> numeric) {
    /** How far a match may reach before and after its anchor word (weekday, time, year, era, الماضي). */
    private static final int MONTH_BEFORE = 64;
    private static final int MONTH_AFTER = 128;
    private static final int RELATIVE_BEFORE = 24;
    private static final int RELATIVE_AFTER = 96;
    private static final int ELAPSED_BEFORE = 32;
    private static final int ELAPSED_AFTER = 8;
    private static final int NUMERIC_BEFORE = 64;
    private static final int NUMERIC_AFTER = 96;
    private static final int ENGLISH_BEFORE = 40;
    private static final int ENGLISH_AFTER = 80;

    private static final Set<String> MONTH_WORDS = DateWords.monthFirstWords();
    private static final Set<String> RELATIVE_WORDS = relativeWords();
    private static final Set<String> ELAPSED_WORDS = DateWords.durationWords();
    private static final Set<String> ENGLISH_MONTHS = DateWords.englishMonthWords();
    /** String hash codes of every anchor word, sorted, to reject other words without allocating. */
    private static final int[] ANCHOR_HASHES = anchorHashes();
    private static final int MAX_ANCHOR_LENGTH = 12;
    /** One bit per hash bucket of the anchor words: most words fail a single bit test. */
    private static final long[] ANCHOR_FILTER = HashFilter.of(ANCHOR_HASHES);
    private static final boolean[] LETTERS = letters();
    /** 31 to the power of the index, as String.hashCode multiplies (overflow included). */
    private static final int[] POWERS = powers();

    /** The anchors of folded text {@code text}, each kind's windows in text order and merged where they touch. */
    static DateAnchors scan(String text) {
        DateAnchors w = new DateAnchors(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        char[] f = text.toCharArray();
        int n = f.length;
        int i = 0;
        while (i < n) {
            char c = f[i];
            if (c >= '0' && c <= '9') {
                int start = i;
                while (i < n && f[i] >= '0' && f[i] <= '9') {
                    i++;
                }
                // 2024-01-14, 14/01/2024, 14.01.2024
                if (i + 1 < n && (f[i] == '-' || f[i] == '/' || f[i] == '.') && f[i + 1] >= '0' && f[i + 1] <= '9') {
                    add(w.numeric(), start, i, NUMERIC_BEFORE, NUMERIC_AFTER, n);
                }
                continue;
            }
            if (!isLetter(c)) {
                i++;
                continue;
            }
            // the word's hash code (String.hashCode) is summed while its end is sought; the hash codes of the word
            // after one and two clitics (وأمس, فبالأمس) follow from it: most words are no anchor, and are rejected
            // without a substring
            int start = i;
            int whole = 0;
            while (i < n && isLetter(f[i])) {
                whole = 31 * whole + f[i];
                i++;
            }
            int length = i - start;
            if (length > MAX_ANCHOR_LENGTH) {
                continue;
            }
            if (c < 0x0080) {
                if (isAnchor(hash(f, start, i, true))
                        && ENGLISH_MONTHS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    add(w.english(), start, i, ENGLISH_BEFORE, ENGLISH_AFTER, n);
                }
                continue;
            }
            int afterOne = whole - c * POWERS[length - 1];
            int afterTwo = length >= 2 ? afterOne - f[start + 1] * POWERS[length - 2] : 0;
            boolean wholeAnchor = isAnchor(whole);
            if (wholeAnchor) {
                String word = text.substring(start, i);
                if (MONTH_WORDS.contains(word)) {
                    add(w.month(), start, i, MONTH_BEFORE, MONTH_AFTER, n);
                }
                if (ELAPSED_WORDS.contains(word)) {
                    add(w.elapsed(), start, i, ELAPSED_BEFORE, ELAPSED_AFTER, n);
                }
            }
            boolean relative = length >= 2 && wholeAnchor && RELATIVE_WORDS.contains(text.substring(start, i));
            if (!relative && length >= 3 && isAnchor(afterOne)) {
                relative = RELATIVE_WORDS.contains(text.substring(start + 1, i));
            }
            if (!relative && length >= 4 && isAnchor(afterTwo)) {
                relative = RELATIVE_WORDS.contains(text.substring(start + 2, i));
            }
            if (relative) {
                add(w.relative(), start, i, RELATIVE_BEFORE, RELATIVE_AFTER, n);
            }
        }
        return w;
    }

    /** Adds a window, merging it into the previous one when they touch: windows come in text order. */
    private static void add(List<int[]> windows, int start, int end, int before, int after, int n) {
        int from = Math.max(0, start - before);
        int to = Math.min(n, end + after);
        if (!windows.isEmpty()) {
            int[] last = windows.get(windows.size() - 1);
            if (from <= last[1]) {
                last[1] = Math.max(last[1], to);
                return;
            }
        }
        windows.add(new int[] {from, to});
    }

    /** String.hashCode of {@code f[from, to)}, of its lower case when asked. */
    private static int hash(char[] f, int from, int to, boolean lowerCase) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = f[k];
            h = 31 * h + (lowerCase && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return h;
    }

    private static boolean isAnchor(int hash) {
        return HashFilter.mayContain(ANCHOR_FILTER, hash) && Arrays.binarySearch(ANCHOR_HASHES, hash) >= 0;
    }

    /** Character.isLetter, with the Latin and Arabic blocks answered from a table. */
    private static boolean isLetter(char c) {
        return c < LETTERS.length ? LETTERS[c] : Character.isLetter(c);
    }

    private static int[] powers() {
        int[] p = new int[MAX_ANCHOR_LENGTH + 1];
        p[0] = 1;
        for (int k = 1; k < p.length; k++) {
            p[k] = 31 * p[k - 1];
        }
        return p;
    }

    private static boolean[] letters() {
        boolean[] t = new boolean[0x0700];
        for (char c = 0; c < t.length; c++) {
            t[c] = Character.isLetter(c);
        }
        return t;
    }

    private static int[] anchorHashes() {
        Set<String> all = new HashSet<>(MONTH_WORDS);
        all.addAll(RELATIVE_WORDS);
        all.addAll(ELAPSED_WORDS);
        all.addAll(ENGLISH_MONTHS);
        return all.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
    }

    private static Set<String> relativeWords() {
        Set<String> words = new HashSet<>(DateWords.weekdayWords());
        words.addAll(List.of("امس", "الامس", "البارحه", "اليوم", "الليله", "غدا", "الغد", "غد"));
        return Set.copyOf(words);
    }
}
