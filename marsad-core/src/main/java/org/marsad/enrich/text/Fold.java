package org.marsad.enrich.text;

import org.marsad.arabic.ArabicNormalizer;

/** Search-level folding for the enrichment stages ({@link ArabicNormalizer#search}), null-safe. */
public final class Fold {
    private Fold() {
    }

    /** The text folded for matching: alef variants, ى, ة, hamza seats, diacritics, tatweel and digits folded. */
    public static String search(String text) {
        return text == null || text.isEmpty() ? "" : ArabicNormalizer.search(text);
    }
}
