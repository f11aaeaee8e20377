package org.marsad.arabic.dates;

import static org.marsad.arabic.dates.DatePatterns.END_OF_WORD;
import static org.marsad.arabic.dates.DatePatterns.FUTURE;
import static org.marsad.arabic.dates.DatePatterns.NOT_AFTER_LETTER;
import static org.marsad.arabic.dates.DatePatterns.PART_OF_DAY;
import static org.marsad.arabic.dates.DatePatterns.PAST;
import static org.marsad.arabic.dates.DatePatterns.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days named relative to the reference: اليوم, أمس, أول أمس, غداً, بعد غد, and weekdays (الجمعة, مساء السبت,
 * الخميس الماضي). A bare weekday is the latest such day on or before the reference (news reports the past);
 * الماضي means strictly before, المقبل/القادم strictly after.
 */
final class RelativeDates {
    static final Pattern RELATIVE = Pattern.compile(NOT_AFTER_LETTER
            + "(?=[وفب]{0,2}(?:ال|امس|اول|بعد|غد|صباح|مساء|ليل|فجر|ظهر|عصر|ضحي|يوم|نهار))(?:وب|فب|و|ف|ب)?"
            + "(?<r>(?:" + PART_OF_DAY + ")?(?:"
            + "(?<beforeYesterday>اول\\s+(?:من\\s+)?امس|امس\\s+الاول)"
            + "|(?<afterTomorrow>بعد\\s+غد)"
            + "|(?<yesterday>الامس|امس|البارحه)"
            + "|(?<today>اليوم|الليله)"
            + "|(?<tomorrow>غدا|الغد)"
            + "|(?<wd>" + WEEKDAY + ")(?:\\s+(?<wrel>" + PAST + "|" + FUTURE + ")" + END_OF_WORD + ")?"
            + ")" + END_OF_WORD
            + "(?:\\s*[,،]?\\s*(?<wd2>" + WEEKDAY + ")" + END_OF_WORD + ")?"
            + ")" + TimeOfDay.after());

    /** The day words (or a part of the day before them) after the clitics {@link #RELATIVE} takes. */
    static final StartScan STARTS = new StartScan(DatePatterns.openings(List.of("", "وب", "فب", "و", "ف", "ب"),
            DatePatterns.PARTS_OF_DAY, List.of("اول", "امس", "بعد", "الامس", "البارحه", "اليوم", "الليله", "غدا", "الغد"),
            DateWords.weekdayWords()), "");

    private static final Set<String> NOT_TODAY_BEFORE = Set.of("ذلك", "ذات", "نفس", "هذا");
    private static final Set<String> NOT_TODAY_AFTER = Set.of("العالمي", "الوطني", "الدولي", "الاول", "الثاني",
            "الثالث", "الرابع", "الخامس", "الاخير", "التالي", "السابق", "نفسه", "ذاته", "الذي", "التي", "الاربعين");

    private RelativeDates() {
    }

    /** Adds every relative day inside the windows of folded text {@code f}; values are null without a reference. */
    static void find(String f, List<int[]> windows, LocalDate reference, List<Candidate> out) {
        if (windows.isEmpty()) {
            return;
        }
        Matcher m = RELATIVE.matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] w : windows) {
            STARTS.find(m, f, w[0], w[1], found -> {
                if (isVerbGhada(found, f) || isNotToday(found, f)) {
                    return;
                }
                LocalDate value = reference == null ? null : value(found, reference);
                out.add(new Candidate(found.start("r"), found.end(), value, TimeOfDay.of(found, false), true));
            });
        }
    }

    private static LocalDate value(Matcher m, LocalDate reference) {
        if (m.group("today") != null) {
            return reference;
        } else if (m.group("yesterday") != null) {
            return reference.minusDays(1);
        } else if (m.group("beforeYesterday") != null) {
            return reference.minusDays(2);
        } else if (m.group("tomorrow") != null) {
            return reference.plusDays(1);
        } else if (m.group("afterTomorrow") != null) {
            return reference.plusDays(2);
        }
        return weekdayDate(DateWords.weekday(m.group("wd")), m.group("wrel"), reference);
    }

    private static LocalDate weekdayDate(DayOfWeek day, String rel, LocalDate reference) {
        if (DatePatterns.isFuture(rel)) {
            return reference.with(TemporalAdjusters.next(day));
        }
        if (rel != null) {
            return reference.with(TemporalAdjusters.previous(day));
        }
        return reference.with(TemporalAdjusters.previousOrSame(day));
    }

    /**
     * غدا is also the verb "became": "غدا الوضع أكثر تعقيدا". Followed by a definite noun that is no weekday, it is
     * the verb ("غداً الأحد" is tomorrow, Sunday).
     */
    private static boolean isVerbGhada(Matcher m, String f) {
        String tomorrow = m.group("tomorrow");
        if (tomorrow == null || !tomorrow.equals("غدا") || m.group("wd2") != null || m.group("ah") != null) {
            return false;
        }
        int i = m.end();
        while (i < f.length() && Character.isWhitespace(f.charAt(i))) {
            i++;
        }
        String next = Words.after(f, m.end());
        // إلى and إلا fold to الي and الا: prepositions, not nouns
        return i > m.end() && next.startsWith("ال") && !next.equals("الي") && !next.equals("الا");
    }

    /**
     * اليوم is also "the day": "ذلك اليوم" (that day), "اليوم العالمي" (world day), "اليوم الأول" (the first day).
     */
    private static boolean isNotToday(Matcher m, String f) {
        if (m.group("today") == null || m.group("wd2") != null || m.start("r") != m.start("today")) {
            return false;
        }
        return NOT_TODAY_BEFORE.contains(Words.before(f, m.start("today")))
                || NOT_TODAY_AFTER.contains(Words.after(f, m.end("today")));
    }
}
