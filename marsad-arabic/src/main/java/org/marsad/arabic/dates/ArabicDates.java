package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.arabic.FoldedText;

/**
 * Finds and resolves date expressions in Arabic text, and in the English date lines Arabic sites print.
 *
 * <p>Recognised, in any digits (Western, Arabic-Indic, Persian):
 * <ul>
 *   <li>day + month name [+ year] in every Arabic month-name system and the Hijri months, an optional weekday
 *       before and era marker after, a conjunction written onto it ("و5 ماي"), and the days elided before it in
 *       a range or list ("بين 3 و21 مارس") — see {@link MonthNameDates}; Hijri dates are converted with the Umm
 *       al-Qura calendar;</li>
 *   <li>English lines ("24th, December 2023 GMT", "December 24, 2023") and numeric dates (2024-01-14,
 *       14/01/2024; day first unless only month first is valid);</li>
 *   <li>a time right before or after a date ("10:30 ص", "10:30 مساءً", "10:30 PM"), kept as written, never
 *       shifted to another zone;</li>
 *   <li>days relative to the reference: اليوم, أمس, غداً, weekdays (الجمعة, الخميس الماضي) and counted days
 *       ("منذ ثلاثة أيام", "قبل أسبوع").</li>
 * </ul>
 * A date without a year takes its year from the reference as {@link YearChoice} says: the nearest, unless a
 * written weekday agrees with another year. A year alone, a phone number or a number next to a non-month word is
 * not a date.
 *
 * <p>Time linear in the text's length: patterns run only near the words every date contains, and overlapping
 * readings are resolved with a bitmap ({@link LongestReadings}). Thread-safe; patterns are compiled once.
 */
public final class ArabicDates {
    /** The earliest reference day accepted. */
    public static final LocalDate MIN_REFERENCE = LocalDate.of(1, 1, 1);
    /** The latest reference day accepted. */
    public static final LocalDate MAX_REFERENCE = LocalDate.of(9999, 12, 31);

    private ArabicDates() {
    }

    /**
     * Every date expression in the text, in order of appearance; overlapping readings keep the longest.
     *
     * @param text      any text; null or blank gives an empty list
     * @param reference the day relative expressions are resolved against (an article's publication day), between
     *                  {@link #MIN_REFERENCE} and {@link #MAX_REFERENCE}; may be null, then relative and year-less
     *                  expressions have a null value
     * @throws IllegalArgumentException when the reference lies outside the accepted range
     */
    public static List<DateMention> find(String text, LocalDate reference) {
        if (reference != null && (reference.isBefore(MIN_REFERENCE) || reference.isAfter(MAX_REFERENCE))) {
            throw new IllegalArgumentException("reference day outside " + MIN_REFERENCE + " … " + MAX_REFERENCE
                    + ": " + reference);
        }
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return findFolded(FoldedText.of(text), reference);
    }

    /**
     * {@link #find(String, LocalDate)} of a text already folded (a caller that also reads the text's numbers and
     * tokens folds it once).
     */
    public static List<DateMention> findFolded(FoldedText folded, LocalDate reference) {
        if (reference != null && (reference.isBefore(MIN_REFERENCE) || reference.isAfter(MAX_REFERENCE))) {
            throw new IllegalArgumentException("reference day outside " + MIN_REFERENCE + " … " + MAX_REFERENCE
                    + ": " + reference);
        }
        if (folded.original().isBlank()) {
            return List.of();
        }
        List<Candidate> kept = new LongestReadings().keep(candidates(folded.folded(), reference),
                folded.folded().length());
        List<DateMention> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            int start = folded.originalStart(c.start());
            int end = folded.originalEnd(c.end());
            out.add(new DateMention(folded.original().substring(start, end), start, end, c.value(), c.time(),
                    c.relative()));
        }
        return out;
    }

    /** Every reading of a date in folded text {@code f}, overlapping ones included. */
    static List<Candidate> candidates(String f, LocalDate reference) {
        List<Candidate> found = new ArrayList<>();
        DateAnchors anchors = DateAnchors.scan(f);
        MonthNameDates.find(f, anchors.month(), reference, found);
        RelativeDates.find(f, anchors.relative(), reference, found);
        ElapsedDates.find(f, anchors.elapsed(), reference, found);
        EnglishDates.find(f, anchors.english(), found);
        NumericDates.find(f, anchors.numeric(), found);
        return found;
    }
}
