package org.marsad.arabic;

import java.util.List;

/**
 * Marsad's one table of Arabic affixes: the clitics joined before a word and the endings after it. Every stage that
 * takes words apart reads it here — {@link Proclitics} (search analysis and the entity tagger), {@link LightStemmer}
 * (near-duplicates and stories), the text extractor's evidence for splitting tag lines, and the search suffix filter
 * — so a clitic added or removed changes them all at once.
 *
 * <p>The entries contain no letter that search folding changes (no hamza seat, ة or ى), so they read the same
 * before and after {@link ArabicNormalizer#search}: a stage may apply them to either form.
 */
public final class Affixes {
    /**
     * The article with the particles joined before it, longest first so that وبال wins over وال and ال: ال; لل (ل +
     * ال); one conjunction or preposition before it (وال فال بال كال ولل فلل); a conjunction and a preposition (وبال
     * وكال فبال فكال).
     */
    public static final List<String> ARTICLE_CLITICS = List.of("وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال",
            "فال", "بال", "كال", "لل", "ال");

    /** One-letter proclitics: the conjunctions و ف and the prepositions ب ك ل. */
    public static final List<String> SINGLE_CLITICS = List.of("و", "ف", "ب", "ك", "ل");

    /**
     * The prepositions ب ل ك, alone or after the conjunction ف, as search reads them before a word that does not
     * begin with a hamza: there a preposition cannot be told from a word's own first letter (بيروت, لبنان, كتاب) by
     * spelling, so the index keeps such words whole and a search looks for these forms only where the archive's
     * own counts say they are clitic + word (see {@code OtherForms} in marsad-store). و needs no entry: the index
     * removes it before these.
     */
    public static final List<String> PREPOSITION_CLITICS = List.of("ب", "ل", "ك", "فب", "فل", "فك");

    /** The conjunctions among {@link #SINGLE_CLITICS}. */
    public static final List<String> CONJUNCTIONS = List.of("و", "ف");

    /**
     * The alif of an indefinite accusative (tanween fath): شهيداً, جريحاً, عاماً arrive folded as شهيدا, جريحا, عاما.
     * See {@link #removable} for the letters it never follows.
     */
    public static final String CASE_ALIF = "ا";

    /**
     * Endings search removes, each at most once, in this order (folded forms: ية and ة arrive as يه and ه): ها, the
     * case alif {@link #CASE_ALIF}, the plural ات before the dual ان — so that فيضانات loses both, like فيضان loses
     * ان — then ون ين, the feminine, and the nisba ي. Apply each one with {@link #removable}.
     */
    public static final List<String> SEARCH_ENDINGS = List.of("ها", CASE_ALIF, "ات", "ان", "ون", "ين", "يه", "ه",
            "ي");

    /**
     * Endings the light stemmer removes for grouping documents, one per word, longest first: those of search but
     * the nisba ي (too often a root letter to drop when no exception list guards it), and the attached pronouns
     * هما هم كم نا, which grouping can afford to merge.
     */
    public static final List<String> GROUPING_ENDINGS = List.of("هما", "ات", "ون", "ين", "ان", "ها", "هم", "كم", "نا",
            "يه", "ه");

    private Affixes() {
    }

    /**
     * Whether {@code ending} may be removed from the folded {@code word}, leaving at least {@code minStem} letters.
     * The case alif is not removed after ي (names of countries and a feminine: روسيا, العليا — never علي), after و
     * (the alif of a verb's plural: قالوا) or after ه (the pronoun ها, removed whole), nor after another alif.
     */
    public static boolean removable(String word, String ending, int minStem) {
        if (!word.endsWith(ending) || word.length() - ending.length() < minStem) {
            return false;
        }
        if (!ending.equals(CASE_ALIF)) {
            return true;
        }
        char before = word.charAt(word.length() - 2);
        return before != 'ي' && before != 'و' && before != 'ه' && before != 'ا';
    }

    /**
     * How many particles stand before the article in one of {@link #ARTICLE_CLITICS}: 0 for ال, 1 for لل (ل + ال) and
     * وال, 2 for ولل and وبال.
     */
    public static int particlesBeforeArticle(String articleClitic) {
        return articleClitic.endsWith("لل") ? articleClitic.length() - 1 : articleClitic.length() - 2;
    }
}
