package org.marsad.arabic.entities;

/**
 * Place spans corrected by the words that only describe or head a place (a reader's walk: «السورية» tagged a place,
 * «ريف» tagged apart from «دمشق»):
 * <ul>
 *   <li>a country's or a city's adjective (السورية، الأمريكي، الباريسي: definite, ending in ي or ية, made from a listed
 *       place) is no place alone; after a one-word place («دوما السورية», «جدة السعودية») it is left out of the
 *       span, as ANERcorp annotates «دمشق السوري» and «هامبورغ الألماني». A word that is a listed place as written
 *       stays (السعودية، الإسكندرية، اللاذقية), and so does a listed place of several words (كوريا الشمالية،
 *       المملكة العربية السعودية);</li>
 *   <li>«ريف» (the countryside of) is a place only with the place it belongs to: «ريف دمشق», «ريف إدلب» are one
 *       place, «ريف» alone none.</li>
 * </ul>
 */
final class PlaceAdjectives {
    private static final String COUNTRYSIDE = "ريف";

    private PlaceAdjectives() {
    }

    /** Corrects one sentence's labels in place. */
    static void apply(Word[] words, int[] labels, Lexicon lexicon) {
        int i = 0;
        while (i < labels.length) {
            if (labels[i] == Labels.O || Labels.type(labels[i]) != EntityType.LOC) {
                if (countryside(words[i]) && i + 1 < labels.length && labels[i + 1] == Labels.begin(EntityType.LOC)) {
                    labels[i] = Labels.begin(EntityType.LOC); // "في ريف دمشق" with only دمشق tagged
                    continue;
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.length && labels[j] == Labels.begin(EntityType.LOC) + 1) {
                j++;
            }
            if (j == i + 1 && countryside(words[i])) {
                if (j < labels.length && labels[j] == Labels.begin(EntityType.LOC)) {
                    labels[j] = Labels.begin(EntityType.LOC) + 1; // "ريف دمشق": one place
                    continue;
                }
                labels[i] = Labels.O;
            } else if (j == i + 1 && adjectiveOfPlace(words[i], lexicon)
                    && !lexicon.writtenAs(Lexicon.Kind.LOC, words, i, j)
                    && lexicon.exactly(words, i, j) != Lexicon.Kind.ORG) {
                // not a place listed with its article (السعودية): «السورية» is سورية (Syria) only without it
                labels[i] = Labels.O;
            } else if (j == i + 2 && !article(words[i]) && adjectiveOfPlace(words[i + 1], lexicon)
                    && lexicon.exactly(words, i, j) != Lexicon.Kind.LOC) {
                labels[i + 1] = Labels.O;
            }
            i = j;
        }
    }

    private static boolean countryside(Word w) {
        return w.stem().equals(COUNTRYSIDE) && !article(w);
    }

    /**
     * Whether a word carries the article after its conjunction and preposition (السورية، للمملكة، والأراضي), split
     * off or not (a listed name's word is kept whole).
     */
    private static boolean article(Word w) {
        return ARTICLE.matcher(w.folded()).lookingAt();
    }

    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile("[وف]?(?:[بكل]?ال|لل)");

    /**
     * Whether a word is the adjective of a listed place: definite, ending in ي or ية, and its root is a listed
     * place as a country's name is made (سوري → سوريا، تركي → تركيا، فرنسي → فرنسا، لبناني → لبنان، عراقي →
     * العراق، تشيلي → تشيلي).
     */
    static boolean adjectiveOfPlace(Word w, Lexicon lexicon) {
        if (!article(w)) {
            return false;
        }
        String stem = w.stem().startsWith("ال") ? w.stem().substring(2) : w.stem();
        String root = stem.endsWith("يه") ? stem.substring(0, stem.length() - 2)
                : stem.endsWith("ي") ? stem.substring(0, stem.length() - 1) : null;
        if (root == null || root.length() < 2) {
            return false;
        }
        for (String place : new String[] {root + "يا", root + "ا", root, "ال" + root, root + "ي"}) {
            Word[] one = {Word.of(place, x -> true)};
            if (lexicon.exactly(one, 0, 1) == Lexicon.Kind.LOC) {
                return true;
            }
        }
        return false;
    }
}
