package org.marsad.arabic;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells a headline that announces a risen death toll («ارتفاع حصيلة قتلى …», «عدد القتلى يرتفع إلى 9», «حصيلة جديدة
 * …») from other headlines. Such a headline reports no new happening: it updates the count of one already reported,
 * often a day later, so the story stage may weigh it as that happening's continuation. Words are compared in their
 * {@link ArabicNormalizer#search} form.
 */
public final class TollUpdates {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words of rising: the noun and the verb in its tenses and persons, with an attached "و" allowed. */
    private static final Set<String> RISE = fold(List.of("ارتفاع", "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "تتجاوز",
            "يتجاوز", "تقفز", "يقفز"));
    /** Words naming the dead or their count. */
    private static final Set<String> DEAD = fold(List.of("حصيلة", "قتلى", "القتلى", "ضحايا", "الضحايا", "وفيات",
            "الوفيات", "شهداء", "الشهداء", "الموتى", "موتى"));
    /** How many words apart the rise and the dead may be («ارتفاع عدد القتلى», «القتلى في درنة يرتفع»). */
    private static final int NEAR = 3;
    private static final String TOLL = ArabicNormalizer.search("حصيلة");
    private static final String NEW = ArabicNormalizer.search("جديدة");

    private TollUpdates() {
    }

    /**
     * True when the headline announces that a death toll rose: a word of rising within three words of a word naming
     * the dead, or «حصيلة جديدة» (a new toll).
     *
     * @param headline a headline as written; null or blank gives false
     */
    public static boolean announcesRise(String headline) {
        if (headline == null || headline.isBlank()) {
            return false;
        }
        String[] words = NOT_WORD.split(ArabicNormalizer.search(headline).strip());
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(TOLL) && i + 1 < words.length && words[i + 1].equals(NEW)) {
                return true;
            }
            if (!RISE.contains(bare(words[i]))) {
                continue;
            }
            for (int j = Math.max(0, i - NEAR); j <= Math.min(words.length - 1, i + NEAR); j++) {
                if (j != i && DEAD.contains(bare(words[j]))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word without an attached "و" when that makes it a listed word. */
    private static String bare(String w) {
        if (w.length() > 3 && w.charAt(0) == 'و') {
            String rest = w.substring(1);
            if (RISE.contains(rest) || DEAD.contains(rest)) {
                return rest;
            }
        }
        return w;
    }

    private static Set<String> fold(List<String> words) {
        return words.stream().map(ArabicNormalizer::search).collect(Collectors.toUnmodifiableSet());
    }
}
