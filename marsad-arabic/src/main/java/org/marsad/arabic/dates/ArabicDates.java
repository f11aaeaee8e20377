package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds and resolves date expressions in Arabic (and English-on-Arabic-site) text (contract; implementation lands
 * with the Arabic toolkit issue).
 */
public final class ArabicDates {
    private ArabicDates() {
    }

    /**
     * Every date expression in the text, in order.
     *
     * @param reference the day relative expressions are resolved against (an article's publication day); may be
     *                  null, then relative expressions have a null value
     */
    public static List<DateMention> find(String text, LocalDate reference) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
