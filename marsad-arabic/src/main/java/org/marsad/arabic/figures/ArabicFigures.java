package org.marsad.arabic.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.arabic.FoldedText;
import org.marsad.arabic.dates.ArabicDates;
import org.marsad.arabic.dates.DateMention;
import org.marsad.arabic.figures.Attributions.Attribution;
import org.marsad.arabic.figures.Tokens.Token;
import org.marsad.arabic.figures.Tokens.Type;
import org.marsad.arabic.numbers.ArabicNumbers;
import org.marsad.arabic.numbers.NumberMention;

/**
 * Finds reported figures in Arabic news text: each number that counts something (the killed, the displaced, aid
 * trucks, money, percentages …), with its comparator ("أكثر من"), range ("بين 30 و40"), counted noun and
 * category, currency, the source the text credits in the same or the previous sentence, and the day it refers to.
 *
 * <p>Numbers come from {@link ArabicNumbers} (digits, words, "20 ألفاً و258", duals, vague عشرات/آلاف); dates from
 * {@link ArabicDates}. Dates, years, clock times, ages and durations, phone numbers, reference numbers ("القرار رقم
 * 2722"), models ("إف-16"), scores ("3-صفر") and ordinals are not figures. The category comes from the counted
 * noun ("شهيداً"), else from the verb or the noun before the number ("أصيب 12 آخرون", "ارتفعت حصيلة القتلى إلى
 * 50"); nothing the text does not say is filled in: no source, no currency, no date is guessed.
 *
 * <p>Thread-safe.
 */
public final class ArabicFigures {
    private static final Set<String> DASHES = Set.of("-", "–", "—", "/");
    private static final Set<String> PERCENT_WORDS = Set.copyOf(List.of(Lexicon.fold("المئة"), Lexicon.fold("المائة"),
            Lexicon.fold("المية")));
    private static final Set<String> UNTIL = Set.copyOf(List.of(Lexicon.fold("حتى"), Lexicon.fold("لغاية"),
            Lexicon.fold("غاية"), Lexicon.fold("لحد")));
    private static final String SINCE = Lexicon.fold("منذ");
    private static final Set<String> CASES = Set.copyOf(List.of(Lexicon.fold("حالة"), Lexicon.fold("حالات")));
    private static final Set<String> INFECTION = Set.copyOf(List.of(Lexicon.fold("كورونا"), Lexicon.fold("بكورونا"),
            Lexicon.fold("بفيروس"), Lexicon.fold("فيروس"), Lexicon.fold("كوفيد"), Lexicon.fold("بكوفيد"),
            Lexicon.fold("بالفيروس"), Lexicon.fold("بالكوليرا"), Lexicon.fold("بالحصبة")));
    private static final String FROM = Lexicon.fold("من");
    private static final String RELEASE = Lexicon.fold("سبيل");
    private static final Set<String> ASIDE_BEFORE = Set.copyOf(List.of(Lexicon.fold("بينهم"), Lexicon.fold("منهم"),
            Lexicon.fold("بينها"), Lexicon.fold("منها"), Lexicon.fold("بينهن"), Lexicon.fold("منهن")));
    private static final Set<String> ASIDE = Set.copyOf(List.of(Lexicon.fold("بينهم"), Lexicon.fold("منهم"),
            Lexicon.fold("بينها"), Lexicon.fold("منها"), Lexicon.fold("بينهن"), Lexicon.fold("منهن"),
            Lexicon.fold("في"), Lexicon.fold("عداد"), Lexicon.fold("لا"), Lexicon.fold("ما"),
            Lexicon.fold("يزالون"), Lexicon.fold("يزال"), Lexicon.fold("زالوا"), Lexicon.fold("زال"),
            Lexicon.fold("تزال"), Lexicon.fold("لازالوا"), Lexicon.fold("مازالوا"), Lexicon.fold("باتوا"),
            Lexicon.fold("أصبحوا"), Lexicon.fold("أصبح")));
    private static final Set<String> EXCEED = Set.copyOf(List.of(Lexicon.fold("تجاوز"), Lexicon.fold("تجاوزت"),
            Lexicon.fold("يتجاوز"), Lexicon.fold("تتجاوز"), Lexicon.fold("تخطى"), Lexicon.fold("تخطت"),
            Lexicon.fold("يتخطى"), Lexicon.fold("فاق"), Lexicon.fold("فاقت"), Lexicon.fold("يفوق"),
            Lexicon.fold("تفوق")));
    private static final Set<String> SUBJECT = Set.copyOf(List.of(Lexicon.fold("عدد"), Lexicon.fold("حصيلة"),
            Lexicon.fold("أعداد"), Lexicon.fold("إجمالي"), Lexicon.fold("مجموع"), Lexicon.fold("قيمة"),
            Lexicon.fold("حجم"), Lexicon.fold("نسبة"), Lexicon.fold("سعر"), Lexicon.fold("كلفة"),
            Lexicon.fold("تكلفة")));
    /** "اثنان منهم": some of them. */
    private static final Set<String> PART_AFTER = Set.copyOf(List.of(Lexicon.fold("منهم"), Lexicon.fold("منها"),
            Lexicon.fold("منهن")));
    /** Phrases after a part's number that say how, not what ("بينهم اثنان بجروح خطيرة"). */
    private static final Set<String> HOW = Set.copyOf(List.of(Lexicon.fold("بجروح"), Lexicon.fold("بجراح"),
            Lexicon.fold("بحالة"), Lexicon.fold("بحالات"), Lexicon.fold("بإصابة"), Lexicon.fold("بإصابات"),
            Lexicon.fold("بغاز"), Lexicon.fold("برصاص")));
    /** Dual number words in the construct state: written right before their noun ("ألفي شخص", "مليونا دولار"). */
    private static final Set<String> DUAL_CONSTRUCT = Set.copyOf(List.of(Lexicon.fold("ألفي"), Lexicon.fold("ألفا"),
            Lexicon.fold("مليوني"), Lexicon.fold("مليونا"), Lexicon.fold("مئتي"), Lexicon.fold("مئتا"),
            Lexicon.fold("مائتي"), Lexicon.fold("مائتا")));
    /** Definite words for a person that a name follows ("الطفل ألفي"), not a count. */
    private static final Set<String> PERSON_BEFORE_NAME = Set.copyOf(List.of(Lexicon.fold("الطفل"),
            Lexicon.fold("الطفلة"), Lexicon.fold("الرضيع"), Lexicon.fold("الرضيعة"), Lexicon.fold("الصغير"),
            Lexicon.fold("الصغيرة"), Lexicon.fold("الفتى"), Lexicon.fold("الفتاة"), Lexicon.fold("الشاب"),
            Lexicon.fold("الشابة"), Lexicon.fold("اللاعب"), Lexicon.fold("اللاعبة"), Lexicon.fold("النجم"),
            Lexicon.fold("الفنان"), Lexicon.fold("الفنانة"), Lexicon.fold("المغني"), Lexicon.fold("المغنية"),
            Lexicon.fold("الممثل"), Lexicon.fold("الممثلة"), Lexicon.fold("السيد"), Lexicon.fold("السيدة"),
            Lexicon.fold("المواطن"), Lexicon.fold("المواطنة")));
    /**
     * Words of one person's lot that a name follows in construct ("وفاة ألفي إيفانز", "عائلة ألفي"): a count after
     * them must name what it counts ("وفاة ألفي شخص").
     */
    private static final Set<String> LOT_BEFORE_NAME = foldAll("وفاة", "رحيل", "جنازة", "قضية", "عائلة", "أسرة",
            "والد", "والدة", "والدا", "والدي", "وفاه");
    private static final int CONTEXT_WORDS = 8;
    /** The numbers written after their noun, as its adjective: "صحفيين اثنين", "طفلتين اثنتين". */
    private static final Set<String> POSTPOSED_TWO = Set.copyOf(List.of(Lexicon.fold("اثنين"), Lexicon.fold("اثنان"),
            Lexicon.fold("اثنتين"), Lexicon.fold("اثنتان"), Lexicon.fold("إثنين"), Lexicon.fold("إثنان")));
    /**
     * Words that open a new clause ("…، فيما قال مسؤول …", "بينما", "في حين"): a source named after one of them
     * reports that clause, not the figure before it.
     */
    private static final Set<String> CLAUSE = Set.copyOf(List.of(Lexicon.fold("فيما"), Lexicon.fold("وفيما"),
            Lexicon.fold("بينما"), Lexicon.fold("وبينما")));
    private static final Set<String> WHILE_IN = Set.copyOf(List.of(Lexicon.fold("في"), Lexicon.fold("وفي")));
    private static final String WHILE = Lexicon.fold("حين");

    private ArabicFigures() {
    }

    /**
     * Every figure in the text, in order.
     *
     * @param text        an article's text (title and paragraphs); null gives an empty list
     * @param articleDate the article's publication day: relative dates resolve against it and it is the date of
     *                    a figure whose sentence names none; may be null (then such figures have a null date)
     */
    public static List<Figure> find(String text, LocalDate articleDate) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        // One folding of the text serves its numbers, its tokens and its dates (each folded it again).
        FoldedText folded = FoldedText.of(text);
        List<NumberMention> numbers = ArabicNumbers.findFolded(folded);
        if (numbers.isEmpty()) {
            return List.of();
        }
        Tokens t = Tokens.of(folded);
        List<DateMention> dates = ArabicDates.findFolded(folded, articleDate);
        List<Attribution> sources = null;
        List<Figure> out = new ArrayList<>();
        Set<String> names = dualNames(t, numbers);
        boolean[] used = new boolean[numbers.size()];
        for (int n = 0; n < numbers.size(); n++) {
            if (used[n]) {
                continue;
            }
            NumberMention m = numbers.get(n);
            int first = t.atOrAfter(m.start());
            int last = t.lastEndingBy(m.end());
            if (first > last || first >= t.size()) {
                continue;
            }
            NumberMention next = n + 1 < numbers.size() ? numbers.get(n + 1) : null;
            String between = next == null ? null : text.substring(m.end(), next.start()).strip();
            int nextFirst = next == null ? -1 : t.atOrAfter(next.start());
            int nextLast = next == null ? -1 : t.lastEndingBy(next.end());
            boolean sameSentence = next != null && t.sameSentence(first, nextFirst);
            boolean dashed = sameSentence && DASHES.contains(between);
            if (insideDate(m, dates) || isClock(t, first, last) || isCode(t, m, first) || isReference(t, first)
                    || isLoneWord(t, m, last) || isName(t, first, last, names)) {
                if (dashed) {
                    used[n + 1] = true; // "بنتيجة 2-1": the second number goes with the first
                }
                continue;
            }
            if (dashed) {
                Counted c = counted(t, nextLast, false);
                if (m.value() == null || next.value() == null || c == null || c.category == null
                        || c.category == Category.OTHER || c.time) {
                    used[n + 1] = true; // a score, a code or a model: neither number is a figure
                    continue;
                }
            }
            // ranges, changes ("من 30 إلى 40" after ارتفع), scores and models ("3-1", "إس-400")
            BigDecimal value = m.value();
            BigDecimal valueMax = null;
            int rangeStart = first;
            int end = last;
            if (sameSentence && between != null && m.value() != null && next.value() != null) {
                String b = Lexicon.fold(between);
                int before = first - 1;
                String prev = t.word(before);
                boolean and = b.equals("و");
                boolean to = b.equals("الي") || b.equals("حتي") || DASHES.contains(b);
                boolean range = false;
                if ((and || to) && Lexicon.has(Lexicon.RANGE_START, prev)) {
                    range = true;
                    rangeStart = before;
                    if (t.word(before - 1).equals("ما")) {
                        rangeStart = before - 1;
                    }
                } else if (to && !DASHES.contains(b) && prev.equals(FROM)) {
                    if (changeBefore(t, before)) {
                        continue; // the old value of a change; the new one follows
                    }
                    range = true;
                    rangeStart = before;
                } else if (to) {
                    Counted c = counted(t, nextLast, false);
                    range = c != null && c.category != null && c.category != Category.OTHER && !c.time;
                }
                if (range) {
                    BigDecimal low = scaled(m, next);
                    if (low.compareTo(next.value()) < 0) {
                        value = low;
                        valueMax = next.value();
                        end = nextLast;
                        used[n + 1] = true;
                    }
                }
            }
            if (isYear(m, t, end)) {
                continue;
            }
            Counted c = counted(t, end, m.vague());
            if (c != null && c.time) {
                continue;
            }
            int nounBefore = valueMax == null ? nounBeforeTwo(t, first) : -1;
            if (nounBefore >= 0 && (c == null || c.others || c.category == null)) {
                // "صحفيين اثنين قتلا": two follows its noun, which is what it counts (the word after, if any, is a
                // verb or "آخرين")
                Token noun = t.get(nounBefore);
                c = new Counted(t.original().substring(noun.os(), noun.oe()), c == null || !c.others ? end : c.last,
                        Lexicon.lookup(Lexicon.NOUNS, noun.f()), null, false, c != null && c.others);
                rangeStart = nounBefore;
            }
            boolean part = false;
            boolean namedPart = false;
            int aside = valueMax == null && nounBefore < 0 ? asideBefore(t, first) : -1;
            if (aside >= 0 && unnamed(c)) {
                // "بينهم اثنان", "من بينهم ثلاثة": some of the group just named, its noun not written again; the
                // aside word is what it counts (CountedGroup.PART), so it is no rival of the group's whole count
                Token a = t.get(aside);
                c = new Counted(t.original().substring(a.os(), a.oe()), end, null, null, false, false);
                rangeStart = t.word(aside - 1).equals(FROM) && t.sameSentence(aside - 1, aside) ? aside - 1 : aside;
                part = true;
            } else if (aside >= 0 && !c.time && !c.others && CountedGroup.of(c.text) == CountedGroup.ALL) {
                // "بينهم 4 إيرانيين", "منهم 7 روس": a noun naming no narrower group (a nationality, أشخاص) counts
                // some of the group just named too; read as everyone it became a second toll beside the whole
                // one. The figure's text starts at the aside, which is how its group says part (CountedGroup.of)
                rangeStart = t.word(aside - 1).equals(FROM) && t.sameSentence(aside - 1, aside) ? aside - 1 : aside;
                part = true;
                namedPart = true;
            } else if (valueMax == null && nounBefore < 0 && c == null && t.sameSentence(end, end + 1)
                    && PART_AFTER.contains(t.word(end + 1))) {
                // "اثنان منهم": some of them; "4 منهم أطفال": the group the noun after names
                int k = end + 1;
                boolean named = t.sameSentence(k, k + 1) && t.get(k + 1).word()
                        && CountedGroup.of(t.word(k + 1)) != CountedGroup.ALL;
                Token noun = t.get(named ? k + 1 : k);
                c = new Counted(t.original().substring(noun.os(), noun.oe()), named ? k + 1 : k,
                        named ? Lexicon.lookup(Lexicon.NOUNS, noun.f()) : null, null, false, false);
                part = !named;
            }
            if (t.word(first - 1).equals("ال") && t.sameSentence(first - 1, first)
                    && (c == null || c.category == null || c.category == Category.OTHER)) {
                continue; // "باللقب الـ25": an ordinal
            }
            // comparator before the figure
            Comparison comparison = null;
            int start = rangeStart;
            for (Lexicon.Phrase p : Lexicon.BEFORE) {
                if (matchesBefore(t, rangeStart, p.words())) {
                    comparison = p.comparison();
                    start = rangeStart - p.words().length;
                    break;
                }
            }
            int figureEnd = c == null ? end : c.last;
            if (comparison == null && exceedsBefore(t, start)) {
                comparison = Comparison.MORE_THAN;
            }
            if (comparison == null) {
                for (Lexicon.Phrase p : Lexicon.AFTER_FIGURE) {
                    if (matchesAfter(t, figureEnd, p.words())) {
                        comparison = p.comparison();
                        figureEnd += p.words().length;
                        break;
                    }
                }
            }
            Category category = c == null ? null : c.category;
            // a part counts what its group counts, unless its own noun says what ("منها 47.7 في المائة")
            Category whole = part && (category == null || category == Category.PEOPLE) ? partOf(t, out, start) : null;
            if (namedPart && (whole == Category.PEOPLE || whole == Category.OTHER)) {
                // the whole says nothing more than its noun: read the part's own context ("36 شخصا بينهم 32 صينيا
                // لقوا حتفهم": killed by the verb after it)
                whole = null;
            }
            if (whole != null) {
                category = whole;
            } else if (category == null || category == Category.PEOPLE) {
                int boundary = n > 0 ? numbers.get(n - 1).end() : -1;
                Category around = contextBefore(t, start, boundary);
                if (around == null) {
                    around = contextAfter(t, c == null ? end : c.last);
                }
                if (around == null && (c == null || c.others || part || c.category == Category.PEOPLE)) {
                    around = coordinated(t, out, first, start, end);
                }
                if (around != null) {
                    category = around;
                } else if (category == null) {
                    category = c != null && c.others ? Category.PEOPLE : Category.OTHER;
                }
            }
            if (c != null && diedOfGroup(t, start, end, c)) {
                category = Category.KILLED; // "وفاة اثنين من المصابين": two of the injured died, two more dead
            }
            if (sources == null) {
                sources = Attributions.find(t);
            }
            String attribution = attribution(t, sources, first, end);
            LocalDate[] period = period(t, dates, first, articleDate);
            int previousEnd = out.isEmpty() ? 0 : out.get(out.size() - 1).end();
            if (t.get(first).os() < previousEnd) {
                continue; // already part of the previous figure (its counted noun)
            }
            while (t.get(start).os() < previousEnd) {
                start++; // a comparator word shared with the previous figure stays with it
            }
            int os = t.get(start).os();
            int oe = t.get(figureEnd).oe();
            out.add(new Figure(text.substring(os, oe), os, oe, value, valueMax, value == null,
                    comparison, c == null ? null : c.text, category, c == null ? null : c.unit, attribution,
                    period[1], period[0]));
        }
        return out;
    }

    /** Groups whose members a death may be told of as "some of them" ("وفاة اثنين من المصابين"). */
    private static final Set<Category> DYING_GROUPS = Set.of(Category.INJURED, Category.DETAINED, Category.DISPLACED,
            Category.MISSING);
    /** Words of dying written right before such a part ("وفاة", "توفي", "مقتل", "استشهاد"). */
    private static final Set<String> DIED = foldAll("وفاة", "توفي", "توفيت", "موت", "مات", "ماتت", "قضى",
            "استشهاد", "استشهد", "استشهدت", "مقتل", "مصرع", "قتل", "قتلت");

    /**
     * Whether a figure whose noun names a group after من ("اثنين من المصابين", "ثلاثة من الجرحى") counts those of the
     * group who died: a word of dying right before it ("وفاة اثنين من المصابين", "توفي ثلاثة من الجرحى") or a verb
     * of dying after it ("اثنان من المصابين توفيا"). They are dead, not a new count of the injured, which would
     * disagree with the injured the report gave before.
     */
    private static boolean diedOfGroup(Tokens t, int start, int end, Counted c) {
        if (c.category == null || !DYING_GROUPS.contains(c.category) || c.last != end + 2
                || !t.word(end + 1).equals(FROM)) {
            return false;
        }
        boolean before = start > 0 && t.sameSentence(start - 1, start) && DIED.contains(t.word(start - 1));
        return before || contextAfter(t, c.last) == Category.KILLED;
    }

    /** A counted noun after a number. */
    private record Counted(String text, int last, Category category, String unit, boolean time, boolean others) {
    }

    /**
     * The counted noun after token {@code end}: "شهيداً", "من النازحين", "في المئة", "%", "دولار أمريكي", "حالة
     * وفاة"; {@code time} when it counts years, days or hours (an age or a duration). Null when no noun follows.
     * After a vague quantity the noun is definite ("عشرات المتظاهرين").
     */
    private static Counted counted(Tokens t, int end, boolean vague) {
        int k = end + 1;
        if (k >= t.size() || !t.sameSentence(end, k)) {
            return null;
        }
        Token tok = t.get(k);
        if (tok.type() == Type.PUNCT) {
            if (tok.f().equals("%") || tok.f().equals("٪") || t.original().charAt(tok.os()) == '٪') {
                return new Counted(t.original().substring(tok.os(), tok.oe()), k, Category.PERCENT, null, false,
                        false);
            }
            return null;
        }
        if (tok.type() != Type.WORD) {
            return null;
        }
        String w = tok.f();
        if (w.equals("في") && PERCENT_WORDS.contains(t.word(k + 1))) {
            return new Counted(t.original().substring(tok.os(), t.get(k + 1).oe()), k + 1, Category.PERCENT, null,
                    false, false);
        }
        boolean afterFrom = false;
        if (w.equals(FROM) && t.sameSentence(k, k + 1) && k + 1 < t.size() && t.get(k + 1).word()) {
            afterFrom = true;
            k++;
            tok = t.get(k);
            w = tok.f();
        }
        if (Lexicon.has(Lexicon.TIME_UNITS, w) || Lexicon.FRACTIONS.contains(w)) {
            return new Counted(tok.f(), k, null, null, true, false);
        }
        if (Lexicon.has(Lexicon.OTHERS, w)) {
            return new Counted(t.original().substring(tok.os(), tok.oe()), k, null, null, false, true);
        }
        if (Lexicon.NOT_COUNTED.contains(w) || Lexicon.AFTER.containsKey(w) || joinedByAnd(w)) {
            return null;
        }
        String currency = Lexicon.find(Lexicon.CURRENCY.keySet(), w);
        if (currency != null) {
            String unit = Lexicon.CURRENCY.get(currency);
            int last = k;
            String qualifier = t.word(k + 1);
            if (qualifier.startsWith("ال")) {
                qualifier = qualifier.substring(2);
            }
            String code = t.sameSentence(k, k + 1)
                    ? Lexicon.QUALIFIED.get(Lexicon.CURRENCY_BASE.get(currency) + " " + qualifier) : null;
            if (code != null) {
                unit = code;
                last = k + 1;
            }
            return new Counted(t.original().substring(tok.os(), t.get(last).oe()), last, Category.MONEY,
                    unit.isEmpty() ? null : unit, false, false);
        }
        if (t.definite(k) && !afterFrom && !vague) {
            return null;
        }
        if (w.length() >= 4 && w.endsWith("ت") && !w.endsWith("ات") && !w.endsWith("وت")) {
            return null; // a feminine past verb: "36 خرجت عن الخدمة"
        }
        if (CASES.contains(w) && t.sameSentence(k, k + 1)) {
            Category c = Lexicon.lookup(Lexicon.NOUNS, t.word(k + 1));
            if (c != null) {
                return new Counted(t.original().substring(tok.os(), t.get(k + 1).oe()), k + 1, c, null, false,
                        false);
            }
        }
        Category c = Lexicon.lookup(Lexicon.NOUNS, w);
        if (c == Category.INJURED) {
            for (int j = k + 1; j <= k + 3 && j < t.size() && t.sameSentence(k, j); j++) {
                if (INFECTION.contains(t.word(j))) {
                    c = Category.OTHER; // "500 إصابة جديدة بفيروس كورونا": infections, not the wounded
                    break;
                }
            }
        }
        return new Counted(t.original().substring(tok.os(), tok.oe()), k, c, null, false, false);
    }

    /**
     * Whether a word is و joined to a verb or a noun the figures know ("قتل واحد وأصيب ثلاثة", "قتل 5 وجرح 10"): the
     * next clause or the next item, not the noun the number counts. Words that start with و themselves ("وفيات",
     * "وزراء", "وجبة") are not: without their و they are nothing known.
     */
    private static boolean joinedByAnd(String w) {
        if (w.length() <= 3 || w.charAt(0) != 'و' || Lexicon.NOUNS.containsKey(w)) {
            return false;
        }
        String rest = w.substring(1);
        return Lexicon.lookup(Lexicon.CONTEXT, rest) != null || Lexicon.lookup(Lexicon.AFTER, rest) != null
                || Lexicon.lookup(Lexicon.NOUNS, rest) != null;
    }

    /** The category the words before the figure give ("أصيب", "مقتل", "حصيلة الشهداء … إلى"). */
    private static Category contextBefore(Tokens t, int start, int boundary) {
        for (int j = start - 1; j >= 0 && j >= start - CONTEXT_WORDS && t.sameSentence(j, start); j--) {
            Token tok = t.get(j);
            if (tok.type() == Type.DIGITS || tok.oe() <= boundary) {
                return null;
            }
            if (tok.word()) {
                if (tok.f().equals(RELEASE)) {
                    return null; // "إخلاء سبيل": a release, not an evacuation
                }
                Category c = Lexicon.lookup(Lexicon.CONTEXT, tok.f());
                if (c != null) {
                    return c;
                }
                if (j < start - 1 && tok.f().length() > 3 && tok.f().charAt(0) == 'و'
                        && !tok.f().startsWith("وزار")) {
                    return null; // "وصادرت 20 سلاحاً": a new clause, the verbs before it count other things
                }
            }
        }
        return null;
    }

    /**
     * The category a verb right after the figure gives ("20 شخصاً قتلوا", "لقوا حتفهم"), also past an aside
     * ("12 مدنياً بينهم 4 أطفال قتلوا") and past one partitive of one or two words ("صحفيين اثنين من طاقمها قتلا", "7
     * أشخاص من سكان الحي أصيبوا": they are the ones killed or hurt, whoever's crew or neighbourhood they are).
     */
    private static Category contextAfter(Tokens t, int end) {
        boolean partitive = false;
        for (int j = end + 1; j <= end + 5 && j < t.size() && t.sameSentence(j, end); j++) {
            Token tok = t.get(j);
            if (tok.type() == Type.DIGITS) {
                continue;
            }
            if (!tok.word()) {
                return null;
            }
            if (!partitive && tok.f().equals("من") && j + 1 < t.size() && t.sameSentence(j + 1, end)
                    && t.get(j + 1).word()) {
                partitive = true;
                j++; // "من طاقمها", "من سكان الحي": whose they are, not what happened to them
                boolean construct = j + 1 < t.size() && t.sameSentence(j + 1, end) && t.get(j + 1).word()
                        && t.get(j + 1).f().startsWith("ال");
                if (construct && Lexicon.lookup(Lexicon.AFTER, t.get(j + 1).f()) == null) {
                    j++; // the construct's second word ("سكان الحي")
                }
                continue;
            }
            Category c = Lexicon.lookup(Lexicon.AFTER, tok.f());
            if (c != null) {
                return c;
            }
            if (!ASIDE.contains(tok.f()) && Lexicon.lookup(Lexicon.NOUNS, tok.f()) == null) {
                return null;
            }
        }
        return null;
    }

    /**
     * "11 مقاتلاً من الفصائل و6 من قوات النظام", "قتل 20 شخصاً بينهم 5 أطفال", "قتل 9، 4 منهم أطفال": a figure
     * joined to the previous one in the sentence by و, a comma or "بينهم/منهم" counts the same thing.
     */
    private static Category coordinated(Tokens t, List<Figure> found, int first, int start, int end) {
        if (found.isEmpty() || start == 0 || !t.sameSentence(start - 1, start)) {
            return null;
        }
        String before = t.word(start - 1);
        boolean joined = before.equals("و") || ASIDE_BEFORE.contains(before) || t.get(start - 1).f().equals("،")
                || t.get(start - 1).f().equals(",") || t.get(start).word() && t.word(start).startsWith("و")
                && start == first;
        boolean aside = ASIDE_BEFORE.contains(t.word(end + 1)) && t.sameSentence(end, end + 1);
        if (!joined && !aside) {
            return null;
        }
        Figure previous = previousNear(t, found, start, 5);
        if (previous == null) {
            return null;
        }
        Category c = previous.category();
        return c == Category.OTHER || c == Category.PEOPLE ? null : c;
    }

    /**
     * The aside word right before a number ("بينهم", "ومنهم", "من بينهم"): the number counts some of a group just
     * named. Its token index, or -1.
     */
    private static int asideBefore(Tokens t, int first) {
        int j = first - 1;
        if (!t.sameSentence(j, first) || !t.get(j).word()) {
            return -1;
        }
        String w = t.word(j);
        boolean aside = ASIDE_BEFORE.contains(w) || w.length() > 4 && "وف".indexOf(w.charAt(0)) >= 0
                && ASIDE_BEFORE.contains(w.substring(1));
        return aside ? j : -1;
    }

    /**
     * Whether a number after an aside word counts no noun of its own: none follows, or only a prepositional phrase
     * ("بينهم اثنان بجروح خطيرة", "بالرصاص الحي", "بغاز سام"). A counted noun is indefinite, so a word with a
     * preposition and the article is none; other words with ب or ل may be nouns ("بطولة", "لقباً"), so only the
     * listed ones are read as phrases.
     */
    private static boolean unnamed(Counted c) {
        if (c == null) {
            return true;
        }
        if (c.category != null || c.others || CountedGroup.of(c.text) != CountedGroup.ALL) {
            return false;
        }
        String w = Lexicon.fold(c.text);
        return w.startsWith("بال") || w.startsWith("لل") || HOW.contains(w);
    }

    /** The category of the figure a part belongs to: the previous one in the sentence, a few words before. */
    private static Category partOf(Tokens t, List<Figure> found, int start) {
        Figure previous = previousNear(t, found, start, 4);
        return previous == null ? null : previous.category();
    }

    /**
     * The last figure found when it ends in the sentence of token {@code start}, at most {@code gap} tokens before it
     * and with no number between; else null.
     */
    private static Figure previousNear(Tokens t, List<Figure> found, int start, int gap) {
        if (found.isEmpty()) {
            return null;
        }
        Figure previous = found.get(found.size() - 1);
        int prevEnd = t.lastEndingBy(previous.end());
        if (prevEnd < 0 || !t.sameSentence(prevEnd, start) || start - prevEnd > gap) {
            return null;
        }
        for (int j = prevEnd + 1; j < start; j++) {
            if (t.get(j).type() == Type.DIGITS) {
                return null;
            }
        }
        return previous;
    }

    /** A verb of exceeding before the subject: "تجاوز عدد النازحين 6 ملايين". */
    private static boolean exceedsBefore(Tokens t, int start) {
        for (int j = start - 1; j >= 0 && j >= start - 6 && t.sameSentence(j, start); j--) {
            if (t.get(j).type() == Type.DIGITS) {
                return false;
            }
            if (Lexicon.has(EXCEED, t.word(j)) && Lexicon.has(SUBJECT, t.word(j + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesBefore(Tokens t, int at, String[] words) {
        int from = at - words.length;
        if (from < 0 || !t.sameSentence(from, at)) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            String w = t.word(from + k);
            if (w.equals(words[k])) {
                continue;
            }
            // the first word may carry a conjunction or a preposition: "وأكثر من", "لأكثر من", "بنحو"
            if (k == 0 && w.length() > words[k].length() && w.endsWith(words[k])
                    && w.length() - words[k].length() <= 2 && isPrefix(w.substring(0, w.length() - words[k].length()))) {
                continue;
            }
            return false;
        }
        return true;
    }

    private static boolean isPrefix(String p) {
        return p.equals("و") || p.equals("ب") || p.equals("ل") || p.equals("ف") || p.equals("وب") || p.equals("ول")
                || p.equals("فب");
    }

    private static boolean matchesAfter(Tokens t, int at, String[] words) {
        for (int k = 0; k < words.length; k++) {
            int j = at + 1 + k;
            if (j >= t.size() || !t.sameSentence(at, j) || !t.word(j).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reporting verbs that, opening a paragraph with no speaker named, carry on the speaker of the paragraph before
     * ("وأضاف أن ...", "وتابع: ..."): the paragraph plainly continues the quote.
     */
    private static final Set<String> CONTINUING = foldAll("أضاف", "أضافت", "تابع", "تابعت", "قال", "قالت", "أكد",
            "أكدت", "أوضح", "أوضحت", "أشار", "أشارت", "ذكر", "ذكرت", "بينت", "لفت", "لفتت", "استطرد",
            "استطردت", "مضى", "مضت", "شدد", "شددت", "اعتبر", "اعتبرت");

    private static Set<String> foldAll(String... words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(Lexicon.fold(w));
        }
        return out;
    }

    /**
     * The source credited in the figure's sentence (nearest before it, else after), else the previous sentence's
     * when it is in the same paragraph. Across a paragraph break only when the figure's paragraph opens with a
     * reporting verb naming no one ("وأضاف أن ..."), which continues the speaker before it: a new paragraph is
     * otherwise a new statement, and crediting it to the last speaker named made one outlet's count someone else's.
     */
    private static String attribution(Tokens t, List<Attribution> sources, int first, int last) {
        int sentence = t.get(first).sentence();
        Attribution before = null;
        Attribution after = null;
        for (Attribution a : sources) {
            if (a.sentence() != sentence) {
                continue;
            }
            if (a.trigger() < first) {
                before = a;
            } else if (a.trigger() > last && after == null
                    && (Attributions.isAccording(t.word(a.trigger())) || !newClauseBetween(t, last, a.trigger()))) {
                after = a;
            }
        }
        if (before != null && (after == null || !contrastBetween(t, before.trigger(), first))) {
            return before.text();
        }
        if (after != null) {
            return after.text();
        }
        int s = first;
        while (s > 0 && t.get(s - 1).sentence() == sentence) {
            s--;
        }
        if (s == 0) {
            return null;
        }
        if (t.get(s - 1).paragraph() != t.get(s).paragraph() && !continuesQuote(t, s)) {
            return null;
        }
        if (ownSpeaker(t, s, first) || Narration.opens(t, s)) {
            return null;
        }
        int previous = t.get(s - 1).sentence();
        Attribution found = null;
        for (Attribution a : sources) {
            if (a.sentence() == previous) {
                found = a;
            }
        }
        return found == null ? null : found.text();
    }

    /**
     * Whether a new clause opens after the figure's last token and at or before the source's trigger: "فيما",
     * "بينما", "في حين", "لكن", "إلا أن", or the trigger itself joined by و or ف ("…، وقال مسؤول …"). A source read past one reports
     * what that clause says ("نزحت مئات الأسر، فيما قال مسؤول إن …"), not the figure. "According to" at the end of
     * a sentence ("…، فيما أصيب 10، بحسب ناشطين") credits all of it, so it is not asked.
     */
    private static boolean newClauseBetween(Tokens t, int last, int trigger) {
        for (int j = last + 1; j <= trigger; j++) {
            String w = t.word(j);
            if (CLAUSE.contains(w) || w.equals(WHILE) && WHILE_IN.contains(t.word(j - 1)) || Attributions.contrast(t, j)) {
                return true;
            }
        }
        return Attributions.joinedVerb(t.word(trigger));
    }

    /**
     * Whether "but" (لكن, إلا أن) stands between a source's trigger and a figure: "قال الجيش إن … لكن 20 مدنيا قتلوا
     * بحسب وزارة الصحة" is the ministry's count, which a source named after it in the clause takes over the one
     * before.
     */
    private static boolean contrastBetween(Tokens t, int trigger, int first) {
        for (int j = trigger + 1; j < first; j++) {
            if (Attributions.contrast(t, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure's sentence, from token {@code start} to the figure at {@code first}, names a speaker of its
     * own whom the sources did not read: a reporting verb followed by a word that is neither what was said (أن, إن,
     * إلى, عن, ب…, a colon) nor an adverb («قائلاً»), a time or where it spoke («في بيان») — «وتفيد تقارير بأن»,
     * «لكن هيئات مستقلة تقدر العدد», «ونشرت مجلة …», «وسجل مؤشر الدولار …» — or the writer's aside «يذكر أن».
     * The previous sentence's speaker does not report it; «وأضاف أن», «لكنه قال إن», «حيث قال:» still continue it,
     * and a verb after them is inside what was said («وأضاف أنه … فقد أصدر تعليماته»).
     */
    private static boolean ownSpeaker(Tokens t, int start, int first) {
        for (int j = start; j < first; j++) {
            String w = t.word(j);
            if (!t.get(j).word() || !Attributions.reportingVerb(w)) {
                continue;
            }
            String bare = Attributions.joinedVerb(w) ? w.substring(1) : w;
            if (WRITERS_ASIDE.contains(bare)) {
                return true;
            }
            if (j + 1 >= t.size() || !t.sameSentence(j, j + 1) || !t.get(j + 1).word()) {
                continue;
            }
            String next = t.word(j + 1);
            if (SAID.contains(next) || next.length() > 2 && (next.charAt(0) == 'ب' || next.charAt(0) == 'ل')
                    || next.endsWith("ا") || Attributions.isTime(next)) {
                return false; // «وأضاف أنه …»: the speaker before goes on, and what follows is what he said
            }
            if (!Character.isDigit(next.charAt(0)) && !QUANTITY.contains(next)) {
                return true; // «وأكد أكثر من ربع النساء»: the counted group says it, as the survey before reported
            }
        }
        return false;
    }

    /** Words that open a figure, which may be a reporting verb's subject: «أفاد 42% من المجيبين». */
    private static final Set<String> QUANTITY = foldAll("أكثر", "أقل", "نحو", "حوالي", "حوالى", "قرابة", "ربع",
            "ثلث", "نصف", "غالبية", "معظم", "نسبة", "عدد");

    /** «يذكر أن», «يشار إلى أن»: the writer's background, which no one before reported. */
    private static final Set<String> WRITERS_ASIDE = foldAll("يذكر", "يشار");
    /** Words after a reporting verb that open what was said, or where or whom it was said to. */
    private static final Set<String> SAID = foldAll("أن", "إن", "ان", "أنه", "إنه", "انه", "أنها", "إنها", "أنهم",
            "إنهم", "إلى", "الى", "عن", "في", "خلال", "أمام", "على", "فيه", "فيها", "أيضا", "كذلك", "قد", "لا", "كما");

    /** Whether the paragraph starting at token {@code start} opens with a speakerless reporting verb. */
    private static boolean continuesQuote(Tokens t, int start) {
        String w = t.word(start);
        return CONTINUING.contains(w) || w.length() > 3 && "وف".indexOf(w.charAt(0)) >= 0
                && CONTINUING.contains(w.substring(1));
    }

    /** {since, date}: the period the sentence states ("منذ 7 أكتوبر", "حتى مساء السبت"), else the article's day. */
    private static LocalDate[] period(Tokens t, List<DateMention> dates, int first, LocalDate articleDate) {
        int sentence = t.get(first).sentence();
        LocalDate since = null;
        LocalDate until = null;
        LocalDate other = null;
        int others = 0;
        for (DateMention d : dates) {
            int k = t.atOrAfter(d.start());
            if (k >= t.size() || t.get(k).sentence() != sentence || d.value() == null) {
                continue;
            }
            String prev = t.word(k - 1);
            if (UNTIL.contains(prev) && t.sameSentence(k - 1, k)) {
                until = d.value();
                continue;
            }
            boolean isSince = false;
            // "منذ بدء الاحتجاجات في العاصمة في 15 مارس": the event named between منذ and its day takes a few words
            for (int j = k - 1; j >= k - 7 && j >= 0 && t.sameSentence(j, k); j--) {
                if (t.word(j).equals(SINCE) || t.word(j).equals("و" + SINCE)) {
                    isSince = true;
                    break;
                }
            }
            if (isSince) {
                // "منذ 7 تشرين الأول" without a year: the last such day, never one after the article
                since = d.relative() && articleDate != null && d.value().isAfter(articleDate)
                        ? d.value().minusYears(1) : d.value();
            } else {
                other = d.value();
                others++;
            }
        }
        LocalDate date = until != null ? until : others == 1 && since == null ? other : articleDate;
        return new LocalDate[] {since, date};
    }

    private static boolean insideDate(NumberMention m, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (d.start() < m.end() && m.start() < d.end()) {
                return true;
            }
        }
        return false;
    }

    /** "10:30", "الساعة 10", "10 صباحاً". */
    private static boolean isClock(Tokens t, int first, int last) {
        Token after = last + 1 < t.size() ? t.get(last + 1) : null;
        if (after != null && after.f().equals(":") && t.adjacent(last) && last + 2 < t.size()
                && t.get(last + 2).type() == Type.DIGITS) {
            return true;
        }
        if (first >= 2 && t.get(first - 1).f().equals(":") && t.adjacent(first - 1)
                && t.get(first - 2).type() == Type.DIGITS) {
            return true;
        }
        return after != null && t.sameSentence(last, last + 1) && Lexicon.TIME_OF_DAY.contains(after.f());
    }

    /** Phone numbers (a leading 0, a +, eight digits or more), models and codes ("F-16", "كوفيد-19", "G20"). */
    private static boolean isCode(Tokens t, NumberMention m, int first) {
        String s = m.text();
        char c0 = s.charAt(0);
        if ((c0 == '0' || c0 == '٠' || c0 == '۰') && s.length() > 1 && Character.isDigit(s.charAt(1))) {
            return true;
        }
        int digits = 0;
        for (int i = 0; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
            digits++;
        }
        if (digits == s.length() && digits >= 7) {
            return true;
        }
        if (first == 0) {
            return false;
        }
        Token prev = t.get(first - 1);
        if (prev.word() && t.sameSentence(first - 1, first) && isLatin(prev.f())) {
            return true; // "Honor 9", "iPhone 15", "G 20"
        }
        if (!t.adjacent(first - 1)) {
            return false;
        }
        if (prev.f().equals("+") || prev.f().equals("#")) {
            return true;
        }
        if (DASHES.contains(prev.f()) && first >= 2 && t.adjacent(first - 2) && t.get(first - 2).type() != Type.PUNCT) {
            return true;
        }
        return false;
    }

    private static boolean isLatin(String w) {
        return w.chars().anyMatch(ch -> ch < 0x0600 && Character.isLetter(ch));
    }

    /** "القرار رقم 2722", "المادة 5", "الجولة 12", "عام 48", "بعمر 12", "الساعات الـ24". */
    private static boolean isReference(Tokens t, int first) {
        if (first == 0 || !t.sameSentence(first - 1, first)) {
            return false;
        }
        if (t.word(first - 1).equals("ال") && t.adjacent(first - 1)) {
            if (Lexicon.has(Lexicon.TIME_UNITS, t.word(first - 2))) {
                return true;
            }
            first--;
        }
        return Lexicon.REFERENCE.contains(t.word(first - 1))
                || t.word(first - 1).length() > 3 && Lexicon.has(Lexicon.REFERENCE, t.word(first - 1))
                && !Lexicon.NOUNS.containsKey(t.word(first - 1));
    }

    /**
     * The dual number words of the text that are a person's name in it ("ألفي" of Alfie Evans, "ألفا" of Alpha
     * Condé): a dual in the construct state needs its counted noun right after it, so one written before a
     * punctuation mark, at a sentence's end, before a definite word or a word joined by و ("والدا ألفي،", "ألفي
     * البالغ 23 شهرا", "أهل ألفي والمستشفى") is no number anywhere in the text.
     */
    private static Set<String> dualNames(Tokens t, List<NumberMention> numbers) {
        Set<String> out = null;
        for (NumberMention nm : numbers) {
            int first = t.atOrAfter(nm.start());
            int last = t.lastEndingBy(nm.end());
            if (first != last || first >= t.size() || !DUAL_CONSTRUCT.contains(t.word(first))) {
                continue;
            }
            String before = t.word(first - 1);
            if (t.get(Math.max(first - 1, 0)).type() == Type.DIGITS || before.endsWith("ين") || before.endsWith("ون")) {
                continue; // "بأربعين مليوناً.": a thousand or a million after a tens, not a dual
            }
            int k = last + 1;
            boolean bare = k >= t.size() || !t.sameSentence(last, k) || t.get(k).type() == Type.PUNCT
                    && !t.get(k).f().equals("%") || t.definite(k)
                    || t.get(k).word() && t.word(k).length() > 3 && t.word(k).charAt(0) == 'و';
            if (bare) {
                if (out == null) {
                    out = new java.util.HashSet<>();
                }
                out.add(t.word(first));
            }
        }
        return out == null ? Set.of() : out;
    }

    /**
     * "ألفي إيفانز": a dual number word that is a name here, by the text's evidence ({@link #dualNames}) or by the
     * person word right before it ("الطفل ألفي", "الرضيع البريطاني ألفي") when no known counted noun follows.
     */
    private static boolean isName(Tokens t, int first, int last, Set<String> names) {
        if (first != last || !DUAL_CONSTRUCT.contains(t.word(first))) {
            return false;
        }
        if (names.contains(t.word(first))) {
            return true;
        }
        if (!t.sameSentence(first - 1, first)) {
            return false;
        }
        int next = last + 1;
        if (LOT_BEFORE_NAME.contains(t.word(first - 1)) && next < t.size() && t.sameSentence(last, next)
                && t.get(next).word() && Lexicon.lookup(Lexicon.NOUNS, t.word(next)) == null
                && Lexicon.find(Lexicon.CURRENCY.keySet(), t.word(next)) == null) {
            return true; // "وفاة ألفي إيفانز" in a headline that says no more: no noun a count would count follows
        }
        int before = first - 1;
        if (t.definite(before) && t.word(before).endsWith("ي") && !PERSON_BEFORE_NAME.contains(t.word(before))
                && t.sameSentence(before - 1, before)) {
            before--; // "الطفل البريطاني ألفي": past one nisba adjective
        }
        if (!PERSON_BEFORE_NAME.contains(t.word(before))) {
            return false;
        }
        Counted c = counted(t, last, false);
        return c == null || c.category == null || c.category == Category.OTHER;
    }

    /** "واحد من", "أحد", a lone half: words that are numbers but count nothing. */
    private static boolean isLoneWord(Tokens t, NumberMention m, int last) {
        if (m.value() == null || Character.isDigit(m.text().charAt(0))) {
            return false;
        }
        BigDecimal v = m.value();
        if (v.compareTo(BigDecimal.ONE) < 0) {
            return true;
        }
        if (v.compareTo(BigDecimal.ONE) != 0) {
            return false;
        }
        return t.word(last + 1).equals(FROM) || !t.sameSentence(last, last + 1) || afterItsNoun(t, t.atOrAfter(m.start()))
                && !percentOrMoney(counted(t, last, false));
    }

    private static boolean percentOrMoney(Counted c) {
        return c != null && (c.category == Category.PERCENT || c.category == Category.MONEY);
    }

    /**
     * "صحفي واحد قُتل", "مرة واحدة", "موسم واحد": one written after a noun is that noun's adjective (a single
     * one of it), not a count; after a verb, a particle or a preposition ("قتل واحد", "بنسبة واحد بالمئة", "بينهم
     * واحد") it stays one.
     */
    private static boolean afterItsNoun(Tokens t, int first) {
        if (first <= 0 || !t.sameSentence(first - 1, first) || !t.get(first - 1).word()) {
            return false;
        }
        String w = t.word(first - 1);
        if (Lexicon.has(Lexicon.NOT_COUNTED, w) || ASIDE_BEFORE.contains(w) || UNTIL.contains(w)
                || Lexicon.lookup(Lexicon.CONTEXT, w) != null || Lexicon.has(EXCEED, w)) {
            return false;
        }
        for (Lexicon.Phrase p : Lexicon.BEFORE) {
            if (matchesBefore(t, first, p.words())) {
                return false; // "بحوالي واحد في المئة"
            }
        }
        return true;
    }

    /**
     * The noun a postposed two follows ("صحفيين اثنين", "مدنيين اثنين", past one adjective: "دبلوماسيين روسيين
     * اثنين"), or -1: a word right before it in the sentence, written in the dual or the plural (-ين، -ان; not -ون,
     * mostly a verb: "يغتصبون اثنتين"), that is no particle, verb or preposition. Its token index.
     */
    private static int nounBeforeTwo(Tokens t, int first) {
        if (!POSTPOSED_TWO.contains(t.word(first))) {
            return -1;
        }
        if (t.word(first + 1).equals(FROM)) {
            // "قتل مسلح اثنين من الحرس", "قتل المسلحان اثنين من الحرس": what follows من is counted (the word before
            // is who killed), unless an indefinite group's noun in the dual or plural comes right before the two
            // ("مقتل صحفيين اثنين من طاقمها": two journalists, of its crew; counting the crew would make them a rival
            // of the whole death toll)
            if (first == 0 || !t.sameSentence(first - 1, first) || !t.get(first - 1).word()) {
                return -1;
            }
            String w = t.word(first - 1);
            return w.length() >= 4 && (w.endsWith("ين") || w.endsWith("ان")) && !w.startsWith("ال")
                    && CountedGroup.of(w) != CountedGroup.ALL ? first - 1 : -1;
        }
        int found = -1;
        for (int j = first - 1; j >= first - 2 && j >= 0 && t.sameSentence(j, first) && t.get(j).word(); j--) {
            String w = t.word(j);
            if (w.length() < 4 || !(w.endsWith("ين") || w.endsWith("ان"))
                    || Lexicon.has(Lexicon.NOT_COUNTED, w) || ASIDE_BEFORE.contains(w)
                    || Lexicon.lookup(Lexicon.CONTEXT, w) != null || Lexicon.AFTER.containsKey(w)) {
                break;
            }
            found = j;
        }
        return found;
    }

    /**
     * A four-digit number from 1900 to 2100 is a year unless a counted noun follows ("2000 شخص"); any number
     * followed by an era marker ("1445 هـ") is one.
     */
    private static boolean isYear(NumberMention m, Tokens t, int end) {
        if (m.value() == null || !m.isWhole()) {
            return false;
        }
        if (end + 1 < t.size() && t.sameSentence(end, end + 1) && Lexicon.ERA.contains(t.word(end + 1))) {
            return true;
        }
        long v = m.value().longValueExact();
        String s = m.text();
        if (v < 1900 || v > 2100 || s.length() != 4 || !s.chars().allMatch(Character::isDigit)) {
            return false;
        }
        Counted c = counted(t, end, false);
        return c == null || c.category == null || c.category == Category.OTHER;
    }

    private static boolean changeBefore(Tokens t, int from) {
        for (int j = from - 1; j >= 0 && j >= from - CONTEXT_WORDS && t.sameSentence(j, from); j--) {
            if (t.get(j).type() == Type.DIGITS) {
                return false;
            }
            if (Lexicon.has(Lexicon.CHANGE, t.word(j))) {
                return true;
            }
        }
        return false;
    }

    /** "بين 5 و6 ملايين": the first number takes the scale of the second when it has none of its own. */
    private static BigDecimal scaled(NumberMention low, NumberMention high) {
        BigDecimal a = low.value();
        BigDecimal b = high.value();
        if (a.compareTo(b) >= 0 || hasScale(low.text()) || !hasScale(high.text())) {
            return a;
        }
        for (long scale : new long[] {1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L}) {
            BigDecimal s = a.multiply(BigDecimal.valueOf(scale));
            if (s.compareTo(b) < 0 && s.multiply(BigDecimal.valueOf(100)).compareTo(b) >= 0
                    && b.remainder(BigDecimal.valueOf(scale)).signum() == 0 || s.compareTo(b) < 0
                    && b.divide(BigDecimal.valueOf(scale)).compareTo(BigDecimal.valueOf(1000)) < 0
                    && b.compareTo(BigDecimal.valueOf(scale)) >= 0) {
                return s.stripTrailingZeros().scale() < 0 ? s.setScale(0) : s.stripTrailingZeros();
            }
        }
        return a;
    }

    private static boolean hasScale(String text) {
        String f = Lexicon.fold(text);
        return f.contains("الف") || f.contains("الاف") || f.contains("مليون") || f.contains("ملايين")
                || f.contains("مليار") || f.contains("بليون") || f.contains("تريليون");
    }
}
