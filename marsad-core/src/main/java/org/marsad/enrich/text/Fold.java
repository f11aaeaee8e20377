package org.marsad.enrich.text;

import java.text.Normalizer;
import org.marsad.arabic.ArabicNormalizer;

/**
 * Search-level folding for the enrichment stages. Delegates to {@link ArabicNormalizer#search}; while the Arabic
 * toolkit is not yet implemented in this build, a minimal stand-in with the same documented contract is used, so
 * that enrichment keeps working. The stand-in goes away once the toolkit has landed everywhere.
 */
public final class Fold {
    private static final boolean TOOLKIT = toolkitAvailable();

    private Fold() {
    }

    /** The text folded for matching: alef variants, ى, ة, hamza seats, diacritics, tatweel and digits folded. */
    public static String search(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return TOOLKIT ? ArabicNormalizer.search(text) : standIn(text);
    }

    private static boolean toolkitAvailable() {
        try {
            ArabicNormalizer.search("أ");
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static String standIn(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640') {
                continue; // diacritics, superscript alef, tatweel
            }
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى' -> b.append('ي');
                case 'ة' -> b.append('ه');
                case 'ؤ' -> b.append('و');
                case 'ئ' -> b.append('ي');
                default -> {
                    if (c >= '\u0660' && c <= '\u0669') {
                        b.append((char) ('0' + c - '\u0660'));
                    } else if (c >= '\u06F0' && c <= '\u06F9') {
                        b.append((char) ('0' + c - '\u06F0'));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
