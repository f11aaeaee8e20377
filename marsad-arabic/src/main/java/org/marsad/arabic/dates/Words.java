package org.marsad.arabic.dates;

/** The neighbouring words of a match, which decide some readings (غدا the verb, "ذلك اليوم"). */
final class Words {
    private Words() {
    }

    /** The word ending right before {@code at}, across spaces; empty when there is none. */
    static String before(String f, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(f.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(f.charAt(start - 1))) {
            start--;
        }
        return f.substring(start, end);
    }

    /** The word starting right after {@code at}, across spaces; empty when there is none. */
    static String after(String f, int at) {
        int start = at;
        while (start < f.length() && Character.isWhitespace(f.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < f.length() && Character.isLetter(f.charAt(end))) {
            end++;
        }
        return f.substring(start, end);
    }
}
