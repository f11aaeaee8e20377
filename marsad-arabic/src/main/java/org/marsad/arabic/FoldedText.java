package org.marsad.arabic;

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
    private final int[] origin;

    private FoldedText(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    /** Folds {@code text} (not null). */
    public static FoldedText of(String text) {
        int n = text.length();
        StringBuilder sb = new StringBuilder(n);
        int[] origin = new int[n + 8];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String letters = ArabicNormalizer.presentationLetters(c);
            if (letters != null) {
                for (int k = 0; k < letters.length(); k++) {
                    origin = append(sb, origin, ArabicNormalizer.fold(letters.charAt(k)), i);
                }
            } else if (c != '\u0640' && !ArabicNormalizer.isInvisible(c)) {
                origin = append(sb, origin, ArabicNormalizer.fold(c), i);
            }
        }
        return new FoldedText(text, sb.toString(), origin);
    }

    private static int[] append(StringBuilder sb, int[] origin, char folded, int from) {
        if (folded == ArabicNormalizer.REMOVE || folded == '\u0640') {
            return origin;
        }
        int at = sb.length();
        if (at == origin.length) {
            origin = java.util.Arrays.copyOf(origin, origin.length * 2);
        }
        origin[at] = from;
        sb.append(folded);
        return origin;
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
        return foldedStart >= folded.length() ? original.length() : origin[foldedStart];
    }

    /**
     * Offset in the original just after the folded span ending (exclusive) at {@code foldedEnd}; marks and tatweel
     * that follow the last char stay inside the span (غداً keeps its tanween).
     */
    public int originalEnd(int foldedEnd) {
        if (foldedEnd == 0) {
            return 0;
        }
        int end = origin[foldedEnd - 1] + 1;
        while (end < original.length() && (original.charAt(end) == '\u0640'
                || Character.getType(original.charAt(end)) == Character.NON_SPACING_MARK)) {
            end++;
        }
        return end;
    }
}
