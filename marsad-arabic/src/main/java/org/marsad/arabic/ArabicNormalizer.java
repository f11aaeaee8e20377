package org.marsad.arabic;

import java.text.Normalizer;

/**
 * Arabic text normalization at two levels.
 *
 * <ul>
 *   <li>{@link #display}: Arabic presentation forms and ligatures (ﻻ, ﷲ) to plain letters, tatweel removed,
 *       invisible bidi controls and zero-width spaces stripped (LRM, RLM, ALM, LRE…RLO, LRI…PDI, ZWSP, word joiner,
 *       BOM), then NFC. Letters are otherwise kept: ZWJ/ZWNJ, hamza seats and diacritics stay.</li>
 *   <li>{@link #search}: display, plus alef variants أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Arabic diacritics
 *       (harakat, shadda, sukun, dagger alef, Quranic marks) removed, Arabic-Indic (٠-٩) and Persian (۰-۹) digits →
 *       ASCII, and the Persian letters ی ک ە ۀ folded to ي ك ه ه as Arabic sites typed on Persian keyboards use
 *       them.</li>
 * </ul>
 * Both are idempotent. Text outside the Arabic blocks is only NFC-normalized. Both return the input instance when
 * nothing changes, so calling them on already-clean text costs a scan.
 */
public final class ArabicNormalizer {
    private static final int PRES_A_START = 0xFB50;
    private static final int PRES_A_END = 0xFDFF;
    private static final int PRES_B_START = 0xFE70;
    private static final int PRES_B_END = 0xFEFC;

    /** Replacement of each presentation-form char (index = char - start), computed once from NFKC. */
    private static final String[] PRES_A = presentationTable(PRES_A_START, PRES_A_END);
    private static final String[] PRES_B = presentationTable(PRES_B_START, PRES_B_END);

    /** Search folding for U+0600..U+06FF: the replacement char, {@code REMOVE}, or the char itself. */
    static final char REMOVE = '\uFFFF';
    private static final char[] SEARCH_FOLD = searchFoldTable();

    private ArabicNormalizer() {
    }

    /**
     * Normalizes for display: presentation forms to letters, tatweel and invisible controls removed, NFC.
     *
     * @param text any text; null gives null
     * @return the normalized text (the same instance when already normal)
     */
    public static String display(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = 0;
        while (i < n && !needsDisplayWork(text.charAt(i))) {
            i++;
        }
        String out = text;
        if (i < n) {
            StringBuilder sb = new StringBuilder(n);
            sb.append(text, 0, i);
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c >= PRES_A_START && c <= PRES_A_END) {
                    appendPresentation(sb, PRES_A[c - PRES_A_START], c);
                } else if (c >= PRES_B_START && c <= PRES_B_END) {
                    appendPresentation(sb, PRES_B[c - PRES_B_START], c);
                } else if (!isInvisible(c) && c != '\u0640') {
                    sb.append(c);
                }
            }
            out = sb.toString();
            // a presentation form may decompose to a tatweel plus a mark (U+FE71): drop those tatweels too
            if (out.indexOf('\u0640') >= 0) {
                out = out.replace("\u0640", "");
            }
        }
        return nfc(out);
    }

    /**
     * Normalizes for matching and indexing: {@link #display} plus letter folding, diacritics removed and digits to
     * ASCII (see the class comment for the exact list).
     *
     * @param text any text; null gives null
     * @return the folded text (the same instance when already folded)
     */
    public static String search(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = 0;
        char c;
        while (i < n && isFastSearch(c = text.charAt(i)) && c < PRES_A_START && fold(c) == c && c != '\u0640'
                && !isInvisible(c)) {
            i++;
        }
        if (i == n) {
            return text;
        }
        // One pass: strip, expand presentation forms and fold together. Only text made of chars that take no part
        // in canonical composition or reordering once folded (see isFastSearch) can skip NFC; anything else goes
        // the exact slow way, display then fold then NFC.
        StringBuilder sb = new StringBuilder(n);
        sb.append(text, 0, i);
        for (; i < n; i++) {
            c = text.charAt(i);
            if (!isFastSearch(c)) {
                return slowSearch(text);
            }
            String letters = presentationLetters(c);
            if (letters == null) {
                appendFolded(sb, c);
                continue;
            }
            for (int k = 0; k < letters.length(); k++) {
                char l = letters.charAt(k);
                if (!isFastSearch(l) || l >= PRES_A_START) {
                    return slowSearch(text);
                }
                appendFolded(sb, l);
            }
        }
        return sb.toString();
    }

    private static void appendFolded(StringBuilder sb, char c) {
        char f = fold(c);
        if (f != REMOVE && f != '\u0640' && !isInvisible(f)) {
            sb.append(f);
        }
    }

    /**
     * Chars after whose search folding no NFC step can change anything: Latin below the combining marks, the Arabic
     * block except the three marks that compose with a letter (U+0653..U+0655; every other Arabic mark is removed by
     * the folding, and the letters left are starters that compose with nothing), general punctuation except the two
     * singleton spaces, and the presentation forms (their letters are checked the same way).
     */
    private static boolean isFastSearch(char c) {
        return c < 0x0300 || (c >= 0x0600 && c <= 0x06FF && (c < 0x0653 || c > 0x0655))
                || (c >= 0x2002 && c <= 0x206F) || (c >= PRES_A_START && c <= PRES_A_END)
                || (c >= PRES_B_START && c <= PRES_B_END) || c == '\uFEFF';
    }

    /** The reference definition: display, fold char by char, NFC again. */
    private static String slowSearch(String text) {
        String shown = display(text);
        int n = shown.length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char f = fold(shown.charAt(i));
            if (f != REMOVE) {
                sb.append(f);
            }
        }
        String out = sb.toString();
        // removing an Arabic mark can unblock a composition between the marks around it (rare, but idempotence
        // requires it)
        out = nfc(out);
        return out.equals(text) ? text : out;
    }

    /**
     * NFC, skipping the normalizer's own check when every char is a starter that composes with nothing: Latin below
     * the combining marks, Arabic letters and signs without the marks, general punctuation without the two
     * singleton spaces. Arabic prose without harakat is then a plain scan.
     */
    private static String nfc(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (!(c < 0x0300 || (c >= 0x0600 && c <= 0x06FF && !isArabicMark(c)) || (c >= 0x2002 && c <= 0x206F))) {
                return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
            }
        }
        return s;
    }

    /** Arabic-block chars that combine (non-zero combining class or composing with a letter). */
    private static boolean isArabicMark(char c) {
        return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670
                || (c >= 0x06D6 && c <= 0x06ED && c != 0x06DD && c != 0x06DE && c != 0x06E5 && c != 0x06E6
                && c != 0x06E9);
    }

    /** The search folding of one char: its replacement, or {@link #REMOVE} when search drops it. */
    static char fold(char c) {
        if (c >= 0x0600 && c <= 0x06FF) {
            return SEARCH_FOLD[c - 0x0600];
        }
        return c;
    }

    /** The letters a presentation-form char stands for, or null when {@code c} is not one. */
    static String presentationLetters(char c) {
        if (c >= PRES_A_START && c <= PRES_A_END) {
            return PRES_A[c - PRES_A_START];
        }
        if (c >= PRES_B_START && c <= PRES_B_END) {
            return PRES_B[c - PRES_B_START];
        }
        return null;
    }

    private static boolean needsDisplayWork(char c) {
        return c == '\u0640' || (c >= PRES_A_START && c <= PRES_A_END) || (c >= PRES_B_START && c <= PRES_B_END)
                || isInvisible(c);
    }

    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u2060' || c == '\uFEFF'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static void appendPresentation(StringBuilder sb, String replacement, char original) {
        sb.append(replacement == null ? String.valueOf(original) : replacement);
    }

    private static String[] presentationTable(int start, int end) {
        String[] table = new String[end - start + 1];
        for (int c = start; c <= end; c++) {
            if (!Character.isDefined(c)) {
                continue;
            }
            String s = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
            // isolated harakat forms (U+FE70...) decompose to space + mark: keep only the mark
            if (s.length() > 1 && s.charAt(0) == ' ') {
                s = s.substring(1);
            }
            table[c - start] = s;
        }
        return table;
    }

    private static char[] searchFoldTable() {
        char[] t = new char[0x100];
        for (int i = 0; i < t.length; i++) {
            t[i] = (char) (0x0600 + i);
        }
        for (char c : new char[] {'\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673'}) {
            t[c - 0x0600] = '\u0627';
        }
        t['\u0649' - 0x0600] = '\u064A';
        t['\u06CC' - 0x0600] = '\u064A';
        t['\u0626' - 0x0600] = '\u064A';
        t['\u0624' - 0x0600] = '\u0648';
        t['\u0629' - 0x0600] = '\u0647';
        t['\u06D5' - 0x0600] = '\u0647';
        t['\u06C0' - 0x0600] = '\u0647';
        t['\u06A9' - 0x0600] = '\u0643';
        for (int c = 0x0610; c <= 0x061A; c++) {
            t[c - 0x0600] = REMOVE; // Quranic honorifics and small high letters
        }
        for (int c = 0x064B; c <= 0x065F; c++) {
            t[c - 0x0600] = REMOVE; // harakat, tanween, shadda, sukun, hamza above/below as marks
        }
        t['\u0670' - 0x0600] = REMOVE; // dagger alef
        for (int c = 0x06D6; c <= 0x06ED; c++) {
            if (c != 0x06DD && c != 0x06DE && c != 0x06E5 && c != 0x06E6 && c != 0x06E9) {
                t[c - 0x0600] = REMOVE; // Quranic annotation marks (not the spacing signs and small waw/yeh)
            }
        }
        for (int d = 0; d < 10; d++) {
            t[0x0660 + d - 0x0600] = (char) ('0' + d);
            t[0x06F0 + d - 0x0600] = (char) ('0' + d);
        }
        return t;
    }
}
