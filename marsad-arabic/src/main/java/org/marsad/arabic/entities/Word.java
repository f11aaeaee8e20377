package org.marsad.arabic.entities;

import java.util.function.Predicate;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Proclitics;
import org.marsad.arabic.names.NameVariants;

/**
 * One token as the tagger sees it: search-folded, split into proclitics and stem (with the Arabic toolkit's
 * {@link Proclitics}), its character shape and its name-variant key.
 *
 * @param folded the whole token, search-folded
 * @param stem the token without proclitics, search-folded
 * @param clitics the proclitics removed, search-folded (empty when none)
 * @param shape {@link #PUNCT}, {@link #DIGITS}, {@link #LATIN}, {@link #ARABIC} or {@link #MIXED}
 * @param key the name-variant key of the stem (غالانت and جالانت share it)
 */
record Word(String folded, String stem, String clitics, int shape, String key) {
    static final int PUNCT = 0;
    static final int DIGITS = 1;
    static final int LATIN = 2;
    static final int ARABIC = 3;
    static final int MIXED = 4;

    /**
     * Analyses a token.
     *
     * @param token the token as written
     * @param whole search-folded words that are names as written and must not be split
     */
    static Word of(String written, Predicate<String> whole) {
        String token = core(written);
        int shape = shape(token);
        if (shape != ARABIC) {
            String folded = ArabicNormalizer.search(token).toLowerCase(java.util.Locale.ROOT);
            return new Word(folded, folded, "", shape, folded);
        }
        String bare = Proclitics.bare(token);
        String stemBare = Proclitics.strip(bare, w -> whole.test(ArabicNormalizer.search(w)));
        String folded = ArabicNormalizer.search(bare);
        String stem = ArabicNormalizer.search(stemBare);
        String clitics = ArabicNormalizer.search(bare.substring(0, bare.length() - stemBare.length()));
        return new Word(folded, stem, clitics, shape, NameVariants.key(stem));
    }

    /** How many chars of the bare token are proclitics to leave out of a mention (the article stays: العراق). */
    static int cliticsToTrim(String token, Predicate<String> whole) {
        if (shape(token) != ARABIC) {
            return 0;
        }
        String bare = Proclitics.bare(token);
        // لل is ل + ال with the alef dropped (للولايات): the mention starts after it, as it does after بال, even when
        // the whole word was seen inside a name or its و looks like a clitic — unless ل + a listed word (للبنان).
        int lead = (bare.startsWith("و") || bare.startsWith("ف")) && bare.startsWith("لل", 1) ? 1 : 0;
        if (bare.startsWith("لل", lead) && bare.length() - lead - 2 >= 3
                && !whole.test(ArabicNormalizer.search(bare.substring(lead + 1)))) {
            return lead + 2;
        }
        String stemBare = Proclitics.strip(bare, w -> whole.test(ArabicNormalizer.search(w)));
        String clitics = bare.substring(0, bare.length() - stemBare.length());
        if (clitics.endsWith("ال")) {
            return clitics.length() - 2;
        }
        return clitics.length();
    }

    /**
     * The token without punctuation stuck to its ends (corpora have كابول؛); a token of punctuation only stays as
     * it is.
     */
    static String core(String token) {
        int from = 0;
        int to = token.length();
        while (from < to && !Tokenizer.isWordChar(token.charAt(from))) {
            from++;
        }
        while (to > from && !Tokenizer.isWordChar(token.charAt(to - 1))) {
            to--;
        }
        return from == to ? token : token.substring(from, to);
    }

    static int shape(String token) {
        boolean arabic = false;
        boolean latin = false;
        boolean digit = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c >= 0x0600 && c <= 0x06FF || c >= 0xFB50 && c <= 0xFEFF || c >= 0x0750 && c <= 0x077F) {
                arabic |= Character.isLetter(c);
            } else if (Character.isLetter(c)) {
                latin = true;
            }
        }
        int kinds = (arabic ? 1 : 0) + (latin ? 1 : 0) + (digit ? 1 : 0);
        if (kinds == 0) {
            return PUNCT;
        }
        if (kinds > 1) {
            return MIXED;
        }
        return arabic ? ARABIC : latin ? LATIN : DIGITS;
    }
}
