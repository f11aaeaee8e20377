package org.marsad.extract.text;

import org.marsad.arabic.ArabicNormalizer;

/** Search-level folding for comparing tag words with article text, delegated to the Arabic module. */
final class Folding {
    private Folding() {
    }

    static String fold(String s) {
        return ArabicNormalizer.search(s);
    }
}
