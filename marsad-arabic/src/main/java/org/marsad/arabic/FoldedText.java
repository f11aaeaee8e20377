package org.marsad.arabic;

import java.util.Arrays;

/**
 * A text folded like {@link ArabicNormalizer#search} that remembers where each folded char came from, so that a
 * match found in the folded text can be reported as a span of the original.
 *
 * <p>The folding is char by char (no NFC step): presentation forms expand to letters, tatweel, invisible controls
 * and diacritics disappear, letters and digits fold. A decomposed alef + hamza therefore folds to ا, the same as the
 * precomposed أ.
 */
public final class FoldedText {
    private final String original;
    private final String folded;
    /** Where each folded char came from; null when every char kept its offset. */
    private final int[] origin;

    private FoldedText(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    /** Folds {@code text} (not null). */
    public static FoldedText of(String text) {
        int n = text.length();
        // Folded in place while every char keeps its offset (most texts have no diacritics, tatweel or presentation
        // forms): no offset table until the first char is dropped, no second copy of the text.
        char[] out = text.toCharArray();
        int i = 0;
        while (i < n) {
            char c = out[i];
            if (c < 0x0600) {
                i++;
                continue;
            }
            char f;
            if (c <= 0x06FF) {
                f = ArabicNormalizer.fold(c);
                if (f == ArabicNormalizer.REMOVE || f == '\u0640' || f == '\u061C') {
                    break;
                }
            } else {
                // punctuation and other scripts keep their offset; presentation forms may expand
                if (ArabicNormalizer.presentationLetters(c) != null) {
                    break;
                }
                f = ArabicNormalizer.fold(c);
                if (f == ArabicNormalizer.REMOVE || f == '\u0640' || ArabicNormalizer.isInvisible(f)) {
                    break;
                }
            }
            out[i++] = f;
        }
        if (i == n) {
            return new FoldedText(text, new String(out, 0, n), null);
        }
        int[] origin = new int[n + 16];
        for (int k = 0; k < i; k++) {
            origin[k] = k;
        }
        if (out.length < n + 16) {
            out = Arrays.copyOf(out, n + 16);
        }
        int len = i;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x0600) {
                // ASCII and Latin: unchanged, the common case outside Arabic words
                if (len == out.length) {
                    out = Arrays.copyOf(out, len * 2);
                    origin = Arrays.copyOf(origin, len * 2);
                }
                out[len] = c;
                origin[len++] = i;
                continue;
            }
            if (c <= 0x06FF) {
                // the Arabic block: one table lookup (a folded letter never outgrows its char)
                char f = ArabicNormalizer.fold(c);
                if (f != ArabicNormalizer.REMOVE && f != '\u0640' && f != '\u061C') {
                    if (len == out.length) {
                        out = Arrays.copyOf(out, len * 2);
                        origin = Arrays.copyOf(origin, len * 2);
                    }
                    out[len] = f;
                    origin[len++] = i;
                }
                continue;
            }
            String letters = ArabicNormalizer.presentationLetters(c);
            int count = letters == null ? 1 : letters.length();
            if (len + count > out.length) {
                out = Arrays.copyOf(out, (len + count) * 2);
                origin = Arrays.copyOf(origin, (len + count) * 2);
            }
            for (int k = 0; k < count; k++) {
                char f = ArabicNormalizer.fold(letters == null ? c : letters.charAt(k));
                if (f != ArabicNormalizer.REMOVE && f != '\u0640' && !ArabicNormalizer.isInvisible(f)) {
                    out[len] = f;
                    origin[len++] = i;
                }
            }
        }
        return new FoldedText(text, new String(out, 0, len), origin);
    }

    /** The folded text. */
    public String folded() {
        return folded;
    }

    /** The text as given. */
    public String original() {
        return original;
    }

    /** Offset in the original of the folded char at {@code foldedStart}. */
    public int originalStart(int foldedStart) {
        return foldedStart >= folded.length() ? original.length() : origin == null ? foldedStart : origin[foldedStart];
    }

    /**
     * Offset in the original just after the folded span ending (exclusive) at {@code foldedEnd}; marks and tatweel
     * that follow the last char stay inside the span (غداً keeps its tanween).
     */
    public int originalEnd(int foldedEnd) {
        if (foldedEnd == 0) {
            return 0;
        }
        int end = origin == null ? foldedEnd : origin[foldedEnd - 1] + 1;
        while (end < original.length() && (original.charAt(end) == '\u0640'
                || Character.getType(original.charAt(end)) == Character.NON_SPACING_MARK)) {
            end++;
        }
        return end;
    }
}
