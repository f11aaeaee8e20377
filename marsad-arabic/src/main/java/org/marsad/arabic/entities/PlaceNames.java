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
        int len = length(words, from);
        return len == 0 ? null : stems(words, from, len);
    }

    /**
     * The place a headline names, as its words are written there without an attached preposition or conjunction
     * (the article stays: "بكاليفورنيا" gives "كاليفورنيا", "والعراق" gives "العراق"), or null when the headline
     * does not name it. For showing a place read from a headline to a reader.
     *
     * @param words a headline's words as written, one token each
     * @param place a place as {@link #at} gives it
     */
    public static String written(String[] words, String place) {
        Lexicon lexicon = Lexicon.shipped();
        for (int i = 0; i < words.length; i++) {
            int len = length(words, i);
            if (len > 0 && stems(words, i, len).equals(place)) {
                StringBuilder out = new StringBuilder();
                for (int k = 0; k < len; k++) {
                    String w = Word.core(words[i + k]);
                    // the clitics of the first word only: "بكاليفورنيا" is ب + the place
                    out.append(k == 0 ? w.substring(Word.cliticsToTrim(w, lexicon::protects)) : " " + w);
                }
                return out.toString();
            }
        }
        return null;
    }

    /** How many words the listed place starting at {@code from} has, the longest first, or 0. */
    private static int length(String[] words, int from) {
        if (from < 0 || from >= words.length || words[from].isEmpty()) {
            return 0;
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
                return len;
            }
        }
        return 0;
    }

    private static String stems(String[] words, int from, int len) {
        Lexicon lexicon = Lexicon.shipped();
        StringBuilder name = new StringBuilder();
        for (int k = 0; k < len; k++) {
            name.append(k == 0 ? "" : " ").append(Word.of(words[from + k], lexicon::protects).stem());
        }
        return name.toString();
    }
}
