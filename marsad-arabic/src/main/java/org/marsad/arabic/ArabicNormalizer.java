package org.marsad.arabic;

/**
 * Arabic text normalization at two levels (contract; implementation lands with the Arabic toolkit issue).
 *
 * <ul>
 *   <li>{@link #display}: presentation forms and ligatures to letters, tatweel removed, invisible bidi marks
 *       stripped, NFC; letters otherwise kept.</li>
 *   <li>{@link #search}: display, plus alef variants أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, diacritics removed,
 *       Arabic-Indic and Persian digits → ASCII.</li>
 * </ul>
 * Both are idempotent.
 */
public final class ArabicNormalizer {
    private ArabicNormalizer() {
    }

    public static String display(String text) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static String search(String text) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
