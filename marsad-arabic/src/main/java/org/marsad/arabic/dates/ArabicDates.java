package org.marsad.arabic.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.arabic.FoldedText;
import org.marsad.arabic.HashFilter;

/**
 * Finds and resolves date expressions in Arabic text, and in the English date lines Arabic sites print.
 *
 * <p>Recognised, in any digits (Western, Arabic-Indic, Persian):
 * <ul>
 *   <li>day + month name [+ year]: every Arabic month-name system (Egyptian/Gulf يناير, Levantine/Iraqi كانون
 *       الثاني, Algerian/Tunisian جانفي, Moroccan يوليوز), paired forms ("7 أكتوبر/تشرين الأول"), ordinal days
 *       ("السابع من أكتوبر"), an optional weekday before and era marker (م, هـ) after;</li>
 *   <li>Hijri months (with the press variants ربيع الثاني, جمادى الثانية), converted to Gregorian with the Umm
 *       al-Qura calendar of {@link HijrahDate};</li>
 *   <li>English lines ("24th, December 2023 GMT", "December 24, 2023") and numeric dates (2024-01-14,
 *       14/01/2024; day first unless only month first is valid);</li>
 *   <li>a time right before or after a date ("10:30 ص", "10:30 مساءً", "10:30 PM"), kept as written, never
 *       shifted to another zone;</li>
 *   <li>relative days (اليوم, أمس, أول أمس, غداً, بعد غد) and weekdays (الجمعة, مساء السبت, الخميس الماضي),
 *       resolved against the reference day. A bare weekday means the latest such day on or before the reference
 *       (news reports the past); الماضي means strictly before, المقبل/القادم strictly after.</li>
 * </ul>
 * A date without a year takes the year that puts it nearest to the reference; with الماضي the latest past one, with
 * المقبل the next one, with "من العام الماضي" the year before the reference. A year alone, a phone number or a
 * number next to a non-month word is not a date.
 *
 * <p>Thread-safe; patterns are compiled once.
 */
public final class ArabicDates {
    private static final String NOT_AFTER_LETTER = "(?<![\\p{L}\\p{N}])";
    private static final String END_OF_WORD = "(?![\\p{L}])";
    private static final String PAST = "الماضي|المنصرم|الفايت|السابق";
    private static final String FUTURE = "المقبل|القادم";
    private static final String CURRENT = "الجاري|الحالي";
    private static final String PERIODS =
            "صباحا|صباح|مساءا|مساء|ظهرا|الظهر|عصرا|ليلا|فجرا|ص|م|(?i:am|pm|a\\.m\\.|p\\.m\\.)";
    /** Fast rejection of word starts that cannot open an Arabic or numeric date (the patterns run per article). */
    private static final String ARABIC_START = "(?=[0-9]|ال|اول|صباح|مساء|ليل|فجر|ظهر|عصر|ضحي|يوم|نهار)";
    private static final String WEEKDAY = DateWords.weekdayAlternation();
    private static final String PART_OF_DAY = "(?:صباح|مساء|ليله|ليل|فجر|ظهر|ظهيره|عصر|ضحي|يوم|نهار)\\s+";

    private static final Pattern ARABIC = Pattern.compile(NOT_AFTER_LETTER + ARABIC_START
            + timeBefore()
            + "(?:(?:" + PART_OF_DAY + ")?(?<wd>" + WEEKDAY + ")\\s*[,،]?\\s*(?:الموافق\\s*)?)?"
            + "(?:(?<d>\\d{1,2})(?!\\d)|(?<ord>" + DateWords.ordinalAlternation() + ")\\s+من|(?<first>اول)\\s+(?!من\\s))"
            + "(?:\\s*[-/.]\\s*|\\s*)(?:من\\s+)?(?:شهر\\s+)?"
            + "(?<m>" + DateWords.monthAlternation() + ")" + END_OF_WORD
            + "(?<pair>\\s*[/(-]\\s*" + DateWords.monthAlternation() + END_OF_WORD + "(?:\\s*\\))?)?"
            + "(?<year>\\s*[-/.,،]?\\s*(?:من\\s+)?(?:عام|العام|سنه|السنه)?\\s*(?<y>\\d{4})(?!\\d)"
            + "(?:\\s*(?<era>هجريه|هجري|ه|ميلاديه|ميلادي|م)" + END_OF_WORD + "\\.?)?)?"
            + "(?:\\s+(?<rel>" + PAST + "|" + FUTURE + "|" + CURRENT + ")" + END_OF_WORD
            + "|\\s+من\\s+(?:العام|السنه|عام)\\s+(?<yrel>" + PAST + "|" + FUTURE + "|" + CURRENT + ")" + END_OF_WORD
            + ")?"
            + timeAfter());

    /** WordPress with Arabic month names and an English layout: "يناير 14, 2024". The year is required. */
    private static final Pattern ARABIC_MONTH_FIRST = Pattern.compile(NOT_AFTER_LETTER
            + "(?:(?<wd>" + WEEKDAY + ")\\s*[,،]?\\s*)?"
            + "(?<m>" + DateWords.monthAlternation() + ")" + END_OF_WORD
            + "\\s*(?<d>\\d{1,2})(?!\\d)\\s*[,،]\\s*(?<y>\\d{4})(?!\\d)" + timeAfter());

    private static final String ENGLISH_WEEKDAY = "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?,?\\s+)?";
    private static final String ENGLISH_MONTH = "(?<m>" + DateWords.englishMonthAlternation() + ")(?![a-z])\\.?";
    private static final String ENGLISH_TAIL = timeAfter() + "(?:\\s*(?:gmt|utc)(?![a-z]))?";

    private static final Pattern ENGLISH_DAY_FIRST = Pattern.compile(NOT_AFTER_LETTER + "(?=[0-9a-zA-Z])"
            + ENGLISH_WEEKDAY
            + "(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(?:of\\s+)?" + ENGLISH_MONTH + "\\s*,?\\s*(?<y>\\d{4})(?!\\d)"
            + ENGLISH_TAIL, Pattern.CASE_INSENSITIVE);

    private static final Pattern ENGLISH_MONTH_FIRST = Pattern.compile(NOT_AFTER_LETTER + "(?=[a-zA-Z])"
            + ENGLISH_WEEKDAY
            + ENGLISH_MONTH + "\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\s*,?\\s*(?<y>\\d{4})(?!\\d)"
            + ENGLISH_TAIL, Pattern.CASE_INSENSITIVE);

    private static final String NUMERIC_PREFIX = "(?<![\\p{L}\\p{N}/.\\-])" + ARABIC_START + timeBefore()
            + "(?:(?:" + PART_OF_DAY + ")?(?<wd>" + WEEKDAY + ")\\s*[,،]?\\s*(?:الموافق\\s*)?)?";
    private static final String ERA = "(?:\\s*(?<era>هجريه|هجري|ه|ميلاديه|ميلادي|م)" + END_OF_WORD + "\\.?)?";

    private static final Pattern YEAR_FIRST = Pattern.compile(NUMERIC_PREFIX
            + "(?<y>\\d{4})(?<s>[-/.])(?<mo>\\d{1,2})\\k<s>(?<d>\\d{1,2})(?!\\d|[/.\\-]\\d)" + ERA + timeAfter());

    private static final Pattern DAY_FIRST = Pattern.compile(NUMERIC_PREFIX
            + "(?<d>\\d{1,2})(?<s>[-/.])(?<mo>\\d{1,2})\\k<s>(?<y>\\d{4})(?!\\d|[/.\\-]\\d)" + ERA + timeAfter());

    private static final Pattern RELATIVE = Pattern.compile(NOT_AFTER_LETTER
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
            + ")" + timeAfter());

    /** Words that can anchor a match: the patterns only run in windows around them. */
    private static final Set<String> MONTH_WORDS = DateWords.monthFirstWords();
    private static final Set<String> RELATIVE_WORDS = relativeWords();
    /** How far a match may reach before and after its anchor word (weekday, time, year, era, الماضي, time). */
    private static final int MONTH_BEFORE = 64;
    private static final int MONTH_AFTER = 128;
    private static final int RELATIVE_BEFORE = 24;
    private static final int RELATIVE_AFTER = 96;
    private static final int NUMERIC_BEFORE = 64;
    private static final int NUMERIC_AFTER = 96;
    private static final int ENGLISH_BEFORE = 40;
    private static final int ENGLISH_AFTER = 80;
    private static final Set<String> ENGLISH_MONTHS = DateWords.englishMonthWords();
    /** String hash codes of every anchor word, sorted, to reject other words without allocating. */
    private static final int[] ANCHOR_HASHES = anchorHashes();
    private static final int MAX_ANCHOR_LENGTH = 12;
    /** One bit per hash bucket of the anchor words: most words fail a single bit test. */
    private static final long[] ANCHOR_FILTER = HashFilter.of(ANCHOR_HASHES);

    private static final Set<String> NOT_TODAY_BEFORE = Set.of("ذلك", "ذات", "نفس", "هذا");
    private static final Set<String> NOT_TODAY_AFTER = Set.of("العالمي", "الوطني", "الدولي", "الاول", "الثاني",
            "الثالث", "الرابع", "الخامس", "الاخير", "التالي", "السابق", "نفسه", "ذاته", "الذي", "التي", "الاربعين");

    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2100;
    private static final int MIN_HIJRI_YEAR = 1300;
    private static final int MAX_HIJRI_YEAR = 1600;

    private ArabicDates() {
    }

    /**
     * Every date expression in the text, in order of appearance; overlapping readings keep the longest.
     *
     * @param text      any text; null or blank gives an empty list
     * @param reference the day relative expressions are resolved against (an article's publication day); may be
     *                  null, then relative and year-less expressions have a null value
     */
    public static List<DateMention> find(String text, LocalDate reference) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        FoldedText folded = FoldedText.of(text);
        String f = folded.folded();
        List<Candidate> found = new ArrayList<>();
        Windows windows = anchors(f);
        // matchers are made only for the kinds of date whose anchor words occur: most texts have few or none
        if (!windows.month().isEmpty()) {
            Matcher arabic = ARABIC.matcher(f);
            Matcher monthFirst = ARABIC_MONTH_FIRST.matcher(f);
            for (int[] w : merged(windows.month())) {
                arabic(arabic.region(w[0], w[1]), reference, found);
                monthFirst(monthFirst.region(w[0], w[1]), found);
            }
        }
        if (!windows.relative().isEmpty()) {
            Matcher relative = RELATIVE.matcher(f);
            for (int[] w : merged(windows.relative())) {
                relative(relative.region(w[0], w[1]), f, reference, found);
            }
        }
        if (!windows.english().isEmpty()) {
            Matcher dayFirst = ENGLISH_DAY_FIRST.matcher(f);
            Matcher monthFirstEnglish = ENGLISH_MONTH_FIRST.matcher(f);
            for (int[] w : merged(windows.english())) {
                english(dayFirst.region(w[0], w[1]), found);
                english(monthFirstEnglish.region(w[0], w[1]), found);
            }
        }
        if (!windows.numeric().isEmpty()) {
            Matcher yearFirst = YEAR_FIRST.matcher(f);
            Matcher dayFirstNumeric = DAY_FIRST.matcher(f);
            for (int[] w : merged(windows.numeric())) {
                numeric(yearFirst.region(w[0], w[1]), false, found);
                numeric(dayFirstNumeric.region(w[0], w[1]), true, found);
            }
        }
        return choose(found, folded);
    }

    /** Where each kind of date can be: windows of the folded text around the words or digits that anchor it. */
    private record Windows(List<int[]> month, List<int[]> relative, List<int[]> english, List<int[]> numeric) {
    }

    private static Windows anchors(String f) {
        Windows w = new Windows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int n = f.length();
        int i = 0;
        while (i < n) {
            char c = f.charAt(i);
            if (c >= '0' && c <= '9') {
                int start = i;
                while (i < n && f.charAt(i) >= '0' && f.charAt(i) <= '9') {
                    i++;
                }
                // 2024-01-14, 14/01/2024, 14.01.2024
                if (i + 1 < n && (f.charAt(i) == '-' || f.charAt(i) == '/' || f.charAt(i) == '.')
                        && f.charAt(i + 1) >= '0' && f.charAt(i + 1) <= '9') {
                    w.numeric().add(window(start, i, NUMERIC_BEFORE, NUMERIC_AFTER, n));
                }
                continue;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(f.charAt(i))) {
                i++;
            }
            if (i - start > MAX_ANCHOR_LENGTH) {
                continue;
            }
            if (c < 0x0080) {
                if (isAnchor(f, start, i, true)
                        && ENGLISH_MONTHS.contains(f.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
                    w.english().add(window(start, i, ENGLISH_BEFORE, ENGLISH_AFTER, n));
                }
                continue;
            }
            // most words are no anchor: compare hashes before making a substring
            if (isAnchor(f, start, i, false) && MONTH_WORDS.contains(f.substring(start, i))) {
                w.month().add(window(start, i, MONTH_BEFORE, MONTH_AFTER, n));
            }
            boolean relative = false;
            for (int prefix = 0; prefix <= 2 && !relative && i - start - prefix >= 2; prefix++) {
                relative = isAnchor(f, start + prefix, i, false)
                        && RELATIVE_WORDS.contains(f.substring(start + prefix, i));
            }
            if (relative) {
                w.relative().add(window(start, i, RELATIVE_BEFORE, RELATIVE_AFTER, n));
            }
        }
        return w;
    }

    private static boolean isAnchor(String f, int from, int to, boolean lowerCase) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = f.charAt(k);
            h = 31 * h + (lowerCase && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return HashFilter.mayContain(ANCHOR_FILTER, h) && java.util.Arrays.binarySearch(ANCHOR_HASHES, h) >= 0;
    }

    private static int[] anchorHashes() {
        Set<String> all = new HashSet<>(MONTH_WORDS);
        all.addAll(RELATIVE_WORDS);
        all.addAll(ENGLISH_MONTHS);
        return all.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
    }

    private static int[] window(int start, int end, int before, int after, int n) {
        return new int[] {Math.max(0, start - before), Math.min(n, end + after)};
    }

    private static List<int[]> merged(List<int[]> windows) {
        if (windows.size() < 2) {
            return windows;
        }
        List<int[]> out = new ArrayList<>();
        int[] current = windows.get(0);
        for (int k = 1; k < windows.size(); k++) {
            int[] w = windows.get(k);
            if (w[0] <= current[1]) {
                current = new int[] {current[0], Math.max(current[1], w[1])};
            } else {
                out.add(current);
                current = w;
            }
        }
        out.add(current);
        return out;
    }

    private static Set<String> relativeWords() {
        Set<String> words = new HashSet<>(DateWords.weekdayWords());
        for (String w : new String[] {"امس", "الامس", "البارحه", "اليوم", "الليله", "غدا", "الغد", "غد"}) {
            words.add(w);
        }
        return Set.copyOf(words);
    }

    private record Candidate(int start, int end, LocalDate value, LocalTime time, boolean relative) {
        int length() {
            return end - start;
        }
    }

    private static void arabic(Matcher m, LocalDate reference, List<Candidate> out) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            DateWords.Month month = DateWords.month(m.group("m"));
            int day = m.group("d") != null ? Integer.parseInt(m.group("d"))
                    : m.group("first") != null ? 1 : DateWords.ordinal(m.group("ord"));
            if (month == null || day < 1 || day > 31) {
                continue;
            }
            boolean hijri = month.calendar() == DateWords.Calendar.HIJRI;
            Integer year = m.group("y") == null ? null : Integer.parseInt(m.group("y"));
            if (hijri && year == null && DateWords.isAmbiguousHijri(m.group("m"))) {
                continue; // "فاز 3-صفر": a score, not the month Safar
            }
            int end = m.end();
            if (year != null && !(hijri ? inRange(year, MIN_HIJRI_YEAR, MAX_HIJRI_YEAR) : inRange(year, MIN_YEAR,
                    MAX_YEAR))) {
                // "7 أكتوبر 1500 قتيل": the number is no year; the date ends at the month
                year = null;
                end = m.end("pair") >= 0 ? m.end("pair") : m.end("m");
                out.add(yearless(m.start(), end, month, day, null, null, weekday(m), reference, null));
                continue;
            }
            LocalTime time = end == m.end() ? time(m, true) : null;
            if (year != null) {
                LocalDate value = hijri ? hijri(year, month.number(), day) : gregorian(year, month.number(), day);
                if (value != null) {
                    out.add(new Candidate(m.start(), end, value, time, false));
                }
            } else {
                out.add(yearless(m.start(), end, month, day, m.group("rel"), m.group("yrel"), weekday(m), reference,
                        time));
            }
        }
    }

    private static void monthFirst(Matcher m, List<Candidate> out) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            DateWords.Month month = DateWords.month(m.group("m"));
            int year = Integer.parseInt(m.group("y"));
            if (month == null || month.calendar() != DateWords.Calendar.GREGORIAN || !inRange(year, MIN_YEAR,
                    MAX_YEAR)) {
                continue;
            }
            LocalDate value = gregorian(year, month.number(), Integer.parseInt(m.group("d")));
            if (value != null) {
                out.add(new Candidate(m.start(), m.end(), value, time(m, false), false));
            }
        }
    }

    private static DayOfWeek weekday(Matcher m) {
        String wd = m.group("wd");
        return wd == null ? null : DateWords.weekday(wd);
    }

    /** A date without its year: the year is chosen against the reference (see the class comment). */
    private static Candidate yearless(int start, int end, DateWords.Month month, int day, String rel, String yrel,
                                      DayOfWeek weekday, LocalDate reference, LocalTime time) {
        if (reference == null) {
            return new Candidate(start, end, null, time, true);
        }
        boolean hijri = month.calendar() == DateWords.Calendar.HIJRI;
        int refYear = hijri ? HijrahDate.from(reference).get(ChronoField.YEAR) : reference.getYear();
        if (yrel != null) {
            int year = refYear + (isPast(yrel) ? -1 : isFuture(yrel) ? 1 : 0);
            LocalDate value = hijri ? hijri(year, month.number(), day) : gregorian(year, month.number(), day);
            return new Candidate(start, end, value, time, true);
        }
        LocalDate best = null;
        long bestScore = Long.MAX_VALUE;
        for (int year = refYear - 1; year <= refYear + 1; year++) {
            LocalDate candidate = hijri ? hijri(year, month.number(), day) : gregorian(year, month.number(), day);
            if (candidate == null) {
                continue;
            }
            long distance = candidate.toEpochDay() - reference.toEpochDay();
            if (rel != null && isPast(rel) && distance >= 0 || rel != null && isFuture(rel) && distance <= 0
                    || rel != null && !isPast(rel) && !isFuture(rel) && candidate.getYear() != reference.getYear()) {
                continue;
            }
            // nearest wins; a stated weekday that fits outweighs distance; on a tie the past wins
            long score = Math.abs(distance) * 2 + (distance > 0 ? 1 : 0)
                    + (weekday != null && candidate.getDayOfWeek() != weekday ? 10_000 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return new Candidate(start, end, best, time, true);
    }

    private static void english(Matcher m, List<Candidate> out) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            int year = Integer.parseInt(m.group("y"));
            LocalDate value = inRange(year, MIN_YEAR, MAX_YEAR)
                    ? gregorian(year, DateWords.englishMonth(m.group("m")), Integer.parseInt(m.group("d"))) : null;
            if (value != null) {
                out.add(new Candidate(m.start(), m.end(), value, time(m, false), false));
            }
        }
    }

    private static void numeric(Matcher m, boolean dayFirst, List<Candidate> out) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            int year = Integer.parseInt(m.group("y"));
            int a = Integer.parseInt(m.group("d"));
            int b = Integer.parseInt(m.group("mo"));
            int day = a;
            int month = b;
            if (dayFirst && b > 12 && a <= 12) {
                // 12/25/2023: only the American order is valid
                day = b;
                month = a;
            }
            String era = m.group("era");
            boolean hijri = era != null && era.startsWith("ه") || inRange(year, MIN_HIJRI_YEAR, MAX_HIJRI_YEAR);
            LocalDate value = null;
            if (hijri && inRange(year, MIN_HIJRI_YEAR, MAX_HIJRI_YEAR)) {
                value = hijri(year, month, day);
            } else if (!hijri && inRange(year, MIN_YEAR, MAX_YEAR)) {
                value = gregorian(year, month, day);
            }
            if (value != null) {
                out.add(new Candidate(m.start(), m.end(), value, time(m, true), false));
            }
        }
    }

    private static void relative(Matcher m, String f, LocalDate reference, List<Candidate> out) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            if (isVerbGhada(m, f) || isNotToday(m, f)) {
                continue;
            }
            LocalDate value = null;
            if (reference != null) {
                if (m.group("today") != null) {
                    value = reference;
                } else if (m.group("yesterday") != null) {
                    value = reference.minusDays(1);
                } else if (m.group("beforeYesterday") != null) {
                    value = reference.minusDays(2);
                } else if (m.group("tomorrow") != null) {
                    value = reference.plusDays(1);
                } else if (m.group("afterTomorrow") != null) {
                    value = reference.plusDays(2);
                } else {
                    value = weekdayDate(DateWords.weekday(m.group("wd")), m.group("wrel"), reference);
                }
            }
            out.add(new Candidate(m.start("r"), m.end(), value, time(m, false), true));
        }
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
        int j = i;
        while (j < f.length() && Character.isLetter(f.charAt(j))) {
            j++;
        }
        String next = f.substring(i, j);
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
        return NOT_TODAY_BEFORE.contains(wordBefore(f, m.start("today")))
                || NOT_TODAY_AFTER.contains(wordAfter(f, m.end("today")));
    }

    private static String wordBefore(String f, int at) {
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

    private static String wordAfter(String f, int at) {
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

    private static LocalDate weekdayDate(DayOfWeek day, String rel, LocalDate reference) {
        if (rel != null && isFuture(rel)) {
            return reference.with(TemporalAdjusters.next(day));
        }
        if (rel != null) {
            return reference.with(TemporalAdjusters.previous(day));
        }
        return reference.with(TemporalAdjusters.previousOrSame(day));
    }

    /** Longest readings first, then left to right; the result is in text order. */
    private static List<DateMention> choose(List<Candidate> found, FoldedText folded) {
        if (found.isEmpty()) {
            return List.of();
        }
        found.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : found) {
            boolean overlaps = false;
            for (Candidate k : kept) {
                if (c.start() < k.end() && k.start() < c.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        List<DateMention> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            int start = folded.originalStart(c.start());
            int end = folded.originalEnd(c.end());
            out.add(new DateMention(folded.original().substring(start, end), start, end, c.value(), c.time(),
                    c.relative()));
        }
        return out;
    }

    // ---- time of day ----

    private static String timeBefore() {
        return "(?:(?:الساعه\\s*)?" + time("b") + "\\s*[-–—|،,]?\\s*)?";
    }

    private static String timeAfter() {
        return "(?:(?:[tT]|\\s*[-–—|،,]?\\s*(?:في\\s+|(?i:at)\\s+)?(?:الساعه\\s*)?)" + time("a") + ")?";
    }

    private static String time(String name) {
        return "(?<" + name + "h>\\d{1,2}):(?<" + name + "m>\\d{2})(?!\\d)(?::\\d{2}(?:\\.\\d+)?)?"
                + "(?:\\s*(?<" + name + "p>" + PERIODS + ")" + END_OF_WORD + ")?"
                + "(?:\\s*(?i:gmt|utc)(?![a-zA-Z])(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?"
                + "|\\s*[+-]\\d{2}:?\\d{2}(?!\\d)|[zZ](?![a-zA-Z]))?";
    }

    /** The time after the date, else (when the pattern has one) the time before it. */
    private static LocalTime time(Matcher m, boolean timeBefore) {
        if (m.group("ah") != null) {
            return clock(Integer.parseInt(m.group("ah")), Integer.parseInt(m.group("am")), m.group("ap"));
        }
        if (timeBefore && m.group("bh") != null) {
            return clock(Integer.parseInt(m.group("bh")), Integer.parseInt(m.group("bm")), m.group("bp"));
        }
        return null;
    }

    private static LocalTime clock(int hour, int minute, String period) {
        if (period != null) {
            String p = period.toLowerCase(java.util.Locale.ROOT);
            boolean morning = p.equals("ص") || p.startsWith("صباح") || p.equals("فجرا") || p.startsWith("a");
            boolean noon = p.equals("ظهرا") || p.equals("الظهر");
            boolean night = p.equals("ليلا");
            if (morning) {
                hour = hour == 12 ? 0 : hour;
            } else if (noon) {
                hour = hour <= 5 ? hour + 12 : hour;
            } else if (night) {
                hour = hour == 12 ? 0 : hour >= 6 && hour < 12 ? hour + 12 : hour;
            } else if (hour < 12) {
                hour += 12;
            }
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return LocalTime.of(hour, minute);
    }

    // ---- calendars ----

    private static LocalDate gregorian(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    private static LocalDate hijri(int year, int month, int day) {
        try {
            return LocalDate.from(HijrahDate.of(year, month, day));
        } catch (DateTimeException outOfCalendar) {
            return null;
        }
    }

    private static boolean inRange(int value, int min, int max) {
        return value >= min && value <= max;
    }

    private static boolean isPast(String rel) {
        return PAST.contains(rel);
    }

    private static boolean isFuture(String rel) {
        return FUTURE.contains(rel);
    }
}
