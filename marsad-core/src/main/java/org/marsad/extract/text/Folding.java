package org.marsad.extract.text;

import org.marsad.arabic.ArabicNormalizer;

/** Search-level folding for comparing tag words with article text, delegated to the Arabic module. */
final class Folding {
    private Folding() {
    }

    static String fold(String s) {
        try {
            return ArabicNormalizer.search(s);
        } catch (UnsupportedOperationException notYet) {
            // Interim until ArabicNormalizer lands in main: compare the text as written. Remove this catch then.
            return s;
        }
    }
}
