package org.marsad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The precomputed char tables and the NFKC skip in {@link Texts#key} give what the plain library calls give: the
 * extractor's outputs must not move when they replace those calls.
 */
class TextTablesTest {

    /** The key as it was computed before the skip: always normalized. */
    private static String slowKey(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c) && c != '\u0640') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static List<Character> stableChars() {
        List<Character> out = new ArrayList<>();
        for (char c = 0; c < 0x700; c++) {
            if (Texts.keyStable(c)) {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void everyStableCharAndPairKeepsItsKeyUnnormalized() {
        List<Character> w = stableChars();
        for (char a : w) {
            String one = String.valueOf(a);
            assertEquals(one, Normalizer.normalize(one, Normalizer.Form.NFKC), "char U+" + Integer.toHexString(a));
            for (char b : w) {
                String two = "" + a + b;
                assertEquals(slowKey(two), Texts.key(two), () -> "pair " + two);
            }
        }
    }

    @Test
    void composingMarksAndCompatibilityFormsAreStillNormalized() {
        // alef + madda above composes to alef with madda; the presentation form of lam-alef decomposes
        assertFalse(Texts.normalizedAlready("\u0627\u0653"));
        assertEquals("\u0622", Texts.key("\u0627\u0653"));
        assertEquals("\u0644\u0627", Texts.key("\ufefb"));
        assertEquals("fi", Texts.key("\ufb01"));
        assertTrue(Texts.normalizedAlready("Read also: \u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627\u064b 12"));
    }

    @Test
    void seededMixedTextsGiveTheNormalizedKey() {
        Random r = new Random(20261205);
        List<Character> w = stableChars();
        char[] others = {'\u0653', '\u0654', '\u0655', '\u00a0', '\ufefb', '\ufb01', '\u00c9', '\u0301', '\u06c1',
            '\u0675', '\u2160', '\uff21'};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(30);
            for (int i = 0; i < len; i++) {
                sb.append(r.nextInt(8) == 0 ? others[r.nextInt(others.length)] : w.get(r.nextInt(w.size())));
            }
            String s = sb.toString();
            assertEquals(slowKey(s), Texts.key(s), () -> "text " + s);
        }
    }

    @Test
    void spaceAndLetterTablesMatchTheLibraryForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean space = Character.isWhitespace(ch) || ch == '\u00a0' || ch == '\u200b' || ch == '\u2007'
                    || ch == '\u202f' || ch == '\ufeff';
            assertEquals(space, Texts.isSpace(ch), "U+" + Integer.toHexString(c));
            boolean letter = Character.isLetter(ch);
            boolean arabic = letter && Character.UnicodeScript.of(ch) == Character.UnicodeScript.ARABIC;
            double share = Languages.arabicShare(List.of(String.valueOf(ch)));
            assertEquals(arabic ? 1.0 : 0.0, share, "U+" + Integer.toHexString(c));
            if (letter && !arabic) {
                assertEquals(0.5, Languages.arabicShare(List.of(ch + "\u0628")), "U+" + Integer.toHexString(c));
            }
        }
    }
    /** The shortcut that turns away long texts agrees with comparing the built keys, on texts of every kind. */
    @Test
    void hasKeyEqualsComparingKeys() {
        String pool = "aZ9 .-\u0627\u0644\u0628\u0640\u064e\u0660\u0653\ufefb\ufb01\u0130\ufdfa\u00a0\u2160";
        Random r = new Random(1619);
        int equal = 0;
        int shortcut = 0;
        int prefixOnly = 0;
        for (int i = 0; i < 200_000; i++) {
            String s = randomText(r, pool, 12);
            String k = switch (r.nextInt(3)) {
                case 0 -> Texts.key(s);
                case 1 -> Texts.key(s.substring(0, r.nextInt(s.length() + 1)));
                default -> Texts.key(randomText(r, pool, 12));
            };
            boolean expected = Texts.key(s).equals(k);
            assertEquals(expected, Texts.hasKey(s, k), () -> "text '" + s + "' key '" + k + "'");
            equal += expected ? 1 : 0;
            shortcut += !expected && s.length() > k.length() && Texts.normalizedAlready(s) ? 1 : 0;
            prefixOnly += !expected && !Texts.normalizedAlready(s) && stablePrefixLetters(s) > k.length() ? 1 : 0;
        }
        assertTrue(equal > 50_000 && shortcut > 20_000 && prefixOnly > 5_000,
                "every answer reached: " + equal + " / " + shortcut + " / " + prefixOnly);
    }

    /** Letters and digits (tatweel aside) before the text's first char that NFKC may change. */
    private static int stablePrefixLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && Texts.keyStable(s.charAt(i)); i++) {
            char c = s.charAt(i);
            n += Character.isLetterOrDigit(c) && c != '\u0640' ? 1 : 0;
        }
        return n;
    }

    /**
     * What {@link Texts#hasKey} counts on: a letter or digit that NFKC keeps as it is still gives the key a letter or
     * digit whatever char follows it (a mark composes with it into another letter, never into a non-letter). Only a
     * char whose NFKC form starts with a mark or a Hangul vowel or final consonant can compose with the char before
     * it; every such char is tried after every such letter. Longer runs of marks are reached by
     * {@link #hasKeyEqualsComparingKeys}.
     */
    @Test
    void aStableLetterKeepsItsPlaceInTheKeyWhateverFollows() {
        List<Character> composing = new ArrayList<>();
        for (int m = 0; m <= 0xFFFF; m++) {
            String n = Normalizer.normalize(String.valueOf((char) m), Normalizer.Form.NFKC);
            int type = n.isEmpty() ? -1 : Character.getType(n.charAt(0));
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || n.charAt(0) >= '\u1160' && n.charAt(0) <= '\u11ff') {
                composing.add((char) m);
            }
        }
        assertTrue(composing.contains('\u0654') && composing.contains('\u0301'), "marks found: " + composing.size());
        for (char c : stableChars()) {
            if (!Character.isLetterOrDigit(c) || c == '\u0640') {
                continue;
            }
            for (char m : composing) {
                String pair = String.valueOf(c) + m;
                assertTrue(!slowKey(pair).isEmpty(),
                        () -> "U+" + Integer.toHexString(c) + " then U+" + Integer.toHexString(pair.charAt(1)));
            }
        }
    }

    @Test
    void oneLineGivesBackOnlyTextsCollapsingLeavesAsTheyAre() {
        String pool = "aب .\n\t\r ​　";
        Random r = new Random(1620);
        int kept = 0;
        for (int i = 0; i < 200_000; i++) {
            String s = randomText(r, pool, 8);
            String collapsed = Texts.collapse(s).replace('\n', ' ');
            assertEquals(collapsed.equals(s), Texts.isOneLine(s), () -> "text '" + s + "'");
            assertEquals(collapsed, Texts.oneLine(s));
            kept += collapsed.equals(s) ? 1 : 0;
        }
        assertTrue(kept > 20_000 && kept < 180_000, "both answers reached: " + kept);
    }

    private static String randomText(Random r, String pool, int max) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(max);
        boolean plain = r.nextBoolean();
        for (int i = 0; i < n; i++) {
            // half the texts keep to chars the key leaves as they are, so the shortcut is taken
            sb.append(pool.charAt(r.nextInt(plain ? 10 : pool.length())));
        }
        return sb.toString();
    }
}
