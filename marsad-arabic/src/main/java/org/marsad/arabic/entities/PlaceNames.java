package org.marsad.arabic.entities;

/**
 * The places the shipped entity lexicon lists (countries, regions, capitals and cities), looked up in a headline's
 * words. Used where a rule needs to know that a word names a place and nothing else: an unlisted word is no place,
 * and a name the lexicon lists as an organisation (مجلس الأمن, الدوما) is none either.
 */
public final class PlaceNames {
    /** The longest place name the lexicon lists, in words, that a lookup tries. */
    private static final int LONGEST = 3;

    private PlaceNames() {
    }

    /**
     * The listed place named by the words starting at {@code from}, the longest first, as its words' stems joined by
     * a space (بأفغانستان and أفغانستان both give افغانستان), or null when no listed place starts there.
     *
     * @param words a headline's words (as written or in their search form), one token each
     * @param from  the index of the first word of the name
     */
    public static String at(String[] words, int from) {
        if (from < 0 || from >= words.length || words[from].isEmpty()) {
            return null;
        }
        Lexicon lexicon = Lexicon.shipped();
        int n = 0;
        while (n < LONGEST && from + n < words.length && !words[from + n].isEmpty()) {
            n++;
        }
        Word[] ws = new Word[n];
        for (int k = 0; k < n; k++) {
            ws[k] = Word.of(words[from + k], lexicon::protects);
        }
        for (int len = n; len >= 1; len--) {
            if (lexicon.exactly(ws, 0, len) == Lexicon.Kind.LOC) {
                StringBuilder name = new StringBuilder(ws[0].stem());
                for (int k = 1; k < len; k++) {
                    name.append(' ').append(ws[k].stem());
                }
                return name.toString();
            }
        }
        return null;
    }
}
