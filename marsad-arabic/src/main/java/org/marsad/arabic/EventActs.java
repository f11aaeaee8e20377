package org.marsad.arabic;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the act of a headline: what happened, as one of a small closed set of act classes, from its Arabic verb or
 * verbal noun ("مقتل", "تستقيل", "يلتقي"), and whether the act is reported as done or announced ahead ("سيلتقي",
 * "يعتزم", "من المقرر", "تحديد موعد"). News labelling counts a reaction and the act it reacts to, a resignation and
 * the appointment that follows, a preview and its result, as two events however alike their words; the story stage
 * uses the act to keep them apart. A headline with no listed act word gives no act: nothing is guessed.
 *
 * <p>Words are compared in their {@link ArabicNormalizer#search} form, with attached conjunctions, prepositions and
 * the article allowed. The first act word of the headline decides: news headlines put their main act first, and a
 * later act word is mostly its circumstance ("... after the protests").
 */
public final class EventActs {
    /** What separates a headline's words: compiled once (String.split compiled it for every headline it read). */
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The act classes. Two acts of different classes are two happenings unless {@link #oneHappening} says so. */
    public enum Act {
        /** A killing, strike, attack, bombing, shelling or assassination. */
        VIOLENCE,
        /**
         * Saying something about a happening: condemning, welcoming, denying, warning, offering condolences. A direct
         * statement about a happening is reported as part of it, so this class is one happening with every other.
         */
        STATEMENT,
        /** A meeting, visit, reception, talks or summit. */
        MEETING,
        /** An agreement, a deal, a signing. */
        AGREEMENT,
        /** An appointment, a successor, taking office or the oath. */
        APPOINTMENT,
        /** A resignation, a dismissal, a stepping down. */
        DEPARTURE,
        /** An election, a referendum, a vote. */
        VOTE,
        /** An arrest, detention, prison, trial or court. */
        JUDICIAL,
        /** A win, a defeat or a draw: a result of a match or contest. */
        RESULT,
        /** A protest, demonstration, march or labour strike. */
        PROTEST,
        /** An expulsion or recall of diplomats, sanctions, blocking another body's act. */
        MEASURE,
        /** An evacuation, a withdrawal, fighters or people taken out of a place. */
        EVACUATION,
        /** An inspection or investigation: inspectors, investigators, an inquiry. */
        INQUIRY,
        /** A complaint lodged with a body. */
        COMPLAINT,
        /** A missile or drone intercepted or downed. */
        INTERCEPTION
    }

    /** When the act happens: already done, or announced ahead (a preview, a plan, a date set). */
    public enum Tense { DONE, AHEAD }

    /**
     * The act of a headline (its first act word's), its tense, the index (in the headline's words) of the word it was
     * read from, and every act class the headline names (a headline that reports two acts reports both happenings).
     */
    public record Reading(Act act, Tense tense, int at, Set<Act> all, boolean sport) {
        public Reading {
            all = Set.copyOf(all);
        }

        /** A reading with sport not read apart (the frozen lexicon's). */
        public Reading(Act act, Tense tense, int at, Set<Act> all) {
            this(act, tense, at, all, false);
        }
    }

    private static final Map<Act, Set<String>> WORDS = new EnumMap<>(Act.class);

    static {
        WORDS.put(Act.VIOLENCE, fold("مقتل", "قتل", "قتلى", "قتيل", "قتيلا", "قتيلان", "يقتل", "تقتل", "غارة", "غارات",
                "هجوم", "هجمات", "تفجير", "تفجيرات", "انفجار", "ضربة", "ضربات", "قصف", "يقصف", "تقصف", "اغتيال",
                "اعتداء", "دهس", "استهداف", "مصرع", "مواجهات", "اشتباكات", "يستهدف", "تستهدف", "تستهدفان"));
        WORDS.put(Act.STATEMENT, fold("يدين", "تدين", "يندد", "تندد", "تنديد", "يستنكر", "تستنكر", "استنكار", "يرحب",
                "ترحب", "ترحيب", "يشجب", "تشجب", "يعزي", "تعزي", "تعزية", "يعقب", "تعقب", "ردود", "يهدد", "تهدد",
                "يتوعد", "تتوعد", "يطالب", "تطالب", "يؤكد", "تؤكد", "يحذر", "تحذر", "يتهم", "تتهم", "يدعو", "تدعو",
                "ينفي", "تنفي", "يقول", "تقول", "يرفض", "ترفض", "يعتذر", "تعتذر", "يتعهد", "تتعهد", "يعلق", "تعلق",
                "يعرب", "تعرب", "قلق", "قلقة", "يشيد", "تشيد", "ينتقد", "تنتقد", "يصف", "تصف", "يلمح", "تلمح",
                "يلمحان", "يتحدث", "تتحدث", "متحدثا", "تحمل", "يحمل"));
        WORDS.put(Act.MEETING, fold("يلتقي", "تلتقي", "يلتقيان", "لقاء", "يجتمع", "تجتمع", "اجتماع", "يستقبل",
                "تستقبل", "استقبال", "زيارة", "يزور", "تزور", "قمة", "محادثات", "مباحثات"));
        WORDS.put(Act.AGREEMENT, fold("اتفاق", "اتفاقا", "اتفاقية", "يتفق", "تتفق", "يتفقان", "يوقع", "يوقعان",
                "توقيع", "صفقة"));
        WORDS.put(Act.APPOINTMENT, fold("تعيين", "يعين", "تعين", "يخلف", "تخلف", "خلفا", "يتولى", "تتولى"));
        WORDS.put(Act.DEPARTURE, fold("استقالة", "يستقيل", "تستقيل", "استقال", "استقالت", "إقالة", "يقيل", "تقيل",
                "أقال", "المقالة", "تنحي", "يتنحى", "يطيح", "تطيح"));
        WORDS.put(Act.VOTE, fold("انتخابات", "انتخاب", "ينتخب", "تنتخب", "استفتاء", "تصويت", "يصوت", "تصوت"));
        WORDS.put(Act.JUDICIAL, fold("اعتقال", "يعتقل", "تعتقل", "يعتقلون", "القبض", "توقيف", "احتجاز", "سجن", "السجن",
                "محاكمة", "يحاكم", "محكمة"));
        WORDS.put(Act.RESULT, fold("يفوز", "تفوز", "فوز", "يهزم", "تهزم", "يتغلب", "تتغلب", "تعادل", "يتعادل",
                "خسارة", "يخسر", "تخسر", "يسحق", "تسحق", "بطلا", "يتوج", "تتويج"));
        WORDS.put(Act.PROTEST, fold("احتجاجات", "احتجاج", "مظاهرات", "مظاهرة", "تظاهرة", "تظاهرات", "مسيرة",
                "مسيرات", "إضراب", "إضرابات", "يتظاهرون"));
        WORDS.put(Act.MEASURE, fold("تطرد", "يطرد", "طرد", "تستدعي", "يستدعي", "عقوبات", "ترحيل", "تعارض", "يعارض",
                "تعرقل", "يعرقل", "فيتو"));
        WORDS.put(Act.EVACUATION, fold("إجلاء", "لإجلاء", "انسحاب", "إخراج", "لإخراج", "خروج"));
        WORDS.put(Act.INQUIRY, fold("مفتشو", "مفتشي", "محققي", "محققو", "تحقيق", "التحقيق", "يحقق", "تحقق",
                "المفتشين", "مفتشين"));
        WORDS.put(Act.COMPLAINT, fold("شكوى", "تشكو", "يشكو"));
        WORDS.put(Act.INTERCEPTION, fold("اعتراض", "اعتراضها", "تعترض", "يعترض", "تدمر", "يدمر", "إسقاط"));
    }

    /**
     * The past-tense forms a body's first sentence writes an act with ({@link #readLead}); a headline uses the
     * present, which {@link #WORDS} lists. Kept apart so that a headline's reading stays as frozen.
     */
    private static final Map<Act, Set<String>> PAST_WORDS = new EnumMap<>(Act.class);

    /** One listed word of each class, which a past-tense form is read as ({@link #readLead}). */
    private static final Map<Act, String> WORDS_FIRST = new EnumMap<>(Act.class);

    static {
        PAST_WORDS.put(Act.VIOLENCE, fold("قتلت", "استهدف", "استهدفت", "قصفت", "هاجم", "هاجمت", "اغتال", "اغتالت",
                "شن", "شنت"));
        PAST_WORDS.put(Act.STATEMENT, fold("أدان", "أدانت", "ندد", "نددت", "استنكر", "استنكرت", "رحب", "رحبت", "شجب",
                "شجبت", "نفى", "نفت", "حذر", "حذرت", "اتهم", "اتهمت", "دعا", "دعت", "طالب", "طالبت", "رفض", "رفضت",
                "هدد", "هددت", "توعد", "توعدت", "أعرب", "أعربت", "أشاد", "أشادت", "انتقد", "انتقدت", "وصف", "وصفت",
                "تعهد", "تعهدت", "اعتذر", "اعتذرت", "حملت", "لمح", "لمحت"));
        PAST_WORDS.put(Act.MEETING, fold("التقى", "التقت", "اجتمع", "اجتمعت", "استقبل", "استقبلت", "زار", "زارت",
                "بحثت"));
        PAST_WORDS.put(Act.AGREEMENT, fold("وقع", "وقعت", "اتفق", "اتفقت", "توصل", "توصلت"));
        PAST_WORDS.put(Act.APPOINTMENT, fold("عينت", "تولى", "تولت"));
        PAST_WORDS.put(Act.DEPARTURE, fold("تنحى", "أقالت", "استقالت"));
        PAST_WORDS.put(Act.VOTE, fold("صوتت", "انتخب", "انتخبت"));
        PAST_WORDS.put(Act.JUDICIAL, fold("اعتقل", "اعتقلت", "أوقف", "أوقفت", "احتجز", "احتجزت", "حكمت", "قضت"));
        PAST_WORDS.put(Act.RESULT, fold("فاز", "فازت", "هزم", "هزمت", "تغلب", "تغلبت", "خسر", "خسرت", "سحق", "سحقت",
                "توج", "توجت"));
        PAST_WORDS.put(Act.PROTEST, fold("تظاهر", "تظاهرت", "احتج", "احتجت", "أضرب", "أضربت"));
        PAST_WORDS.put(Act.MEASURE, fold("طردت", "استدعت", "استدعى", "فرضت", "فرض", "عارضت", "عارض", "عرقلت"));
        PAST_WORDS.put(Act.EVACUATION, fold("انسحب", "انسحبت"));
        PAST_WORDS.put(Act.COMPLAINT, fold("اشتكى", "اشتكت"));
        PAST_WORDS.put(Act.INTERCEPTION, fold("اعترضت", "اعترض", "أسقطت", "أسقط", "دمرت", "دمر"));
        for (Map.Entry<Act, Set<String>> e : WORDS.entrySet()) {
            WORDS_FIRST.put(e.getKey(), e.getValue().stream().sorted().findFirst().orElseThrow());
        }
    }

    /**
     * Words that open a subordinate clause of a first sentence ({@link #readLead}): what was said (that), the
     * circumstance (after, following, during, amid, because of, despite, before) or a relative clause (who, which).
     */
    private static final Set<String> CLAUSE_BREAKS = fold("أن", "إن", "أنه", "إنه", "أنها", "إنها", "بأن", "بأنه",
            "بأنها", "بعد", "عقب", "إثر", "أثناء", "خلال", "وسط", "بسبب", "رغم", "قبل", "حيث", "الذي", "التي", "الذين",
            "اللذين", "اللتين", "لأن", "لكن", "فيما", "بينما", "عندما", "حين", "منذ");

    /**
     * Words that make a headline a sport report: the match, the cup, the league, the team, the goal, the penalty.
     * Read with {@link #read(String, boolean)} only.
     */
    private static final Set<String> SPORT_CONTEXT = fold("مباراة", "مباراته", "مباراتها", "مباريات", "كأس", "دوري",
            "الدوري", "منتخب", "المنتخب", "بطولة", "البطولة", "مونديال", "المونديال", "ملعب", "هدفا", "هدفين",
            "نادي", "النادي", "لاعب", "لاعبي", "اللاعب", "مدرب", "المدرب", "الكلاسيكو", "ديربي", "أبطال", "الليغا",
            "فوزا", "فوزه", "انتصارا", "جزاء", "الترجيح", "ركلة", "الفيفا",
            "يويفا", "كرة", "التأهل", "يتأهل", "تتأهل", "تأهل", "مدربا", "هداف", "الهداف", "حارس", "الفار",
            "التشكيلة", "تعادل", "يتعادل");

    /**
     * In a sport report, the words that read the match itself (a result, a qualification, a transfer) and the words
     * the other classes read otherwise: «يحقق فوزا» achieves a win (not an inquiry), «ضربة جزاء» a penalty kick (not a
     * strike), «خروج» an elimination (not an evacuation), «قمة»/«لقاء»/«يستقبل» a match (not a meeting), «طرد» a
     * sending-off, «صفقة» a transfer.
     */
    private static final Set<String> SPORT_ACT = fold("مباراة", "مباراته", "مباراتها", "فوزا", "فوزه", "انتصار",
            "انتصارا", "هزيمة", "الهزيمة", "يتأهل", "تتأهل", "تأهل", "التأهل", "يودع", "تودع", "إقصاء", "يقصي",
            "تقصي", "نهائي", "النهائي", "انتقال", "ينتقل", "ينضم", "يحقق", "تحقق", "خروج", "قمة", "لقاء", "يلتقي",
            "تلتقي", "يلتقيان", "يستقبل", "تستقبل", "استقبال", "طرد", "ضربة", "ضربات", "ركلة", "صفقة",
            "يوقع", "توقيع", "اعتراض", "مواجهة", "يواجه", "تواجه");

    /** Strikes, which with a set piece after them are a kick: «ضربة جزاء», «ضربة حرة», «ضربات الترجيح». */
    private static final Set<String> STRIKES = fold("ضربة", "ضربات");
    private static final Set<String> SET_PIECES = fold("جزاء", "الجزاء", "حرة", "الحرة", "ترجيح", "الترجيح",
            "ركنية", "الركنية");
    /**
     * The verb «يحقق» (also achieves), an inquiry only when what is looked into follows: في، مع، بشأن، من، حول, or a
     * word with ب attached («تحقق بمقتل»).
     */
    private static final Set<String> ACHIEVES = fold("يحقق", "تحقق", "يحققان", "تحققان", "يحققون");
    private static final Set<String> INTO = fold("في", "مع", "بشأن", "من", "حول");

    /** Words that put the act after them ahead: intends, plans, is scheduled, awaited, prepares, date. */
    private static final Set<String> AHEAD = fold("يعتزم", "تعتزم", "يعتزمان", "المقرر", "مقرر", "موعد", "مرتقب",
            "مرتقبة", "المرتقب", "المرتقبة", "يستعد", "تستعد", "يستعدون", "استعدادات", "يخطط", "تخطط", "غدا", "عشية");

    /**
     * Pairs of act classes that are read as one happening: a summit and the agreement reached at it, an election and
     * the win it gives, a vote and the appointment it makes, a protest and the killings at it.
     */
    private static final Set<Set<Act>> ONE_HAPPENING = Set.of(Set.of(Act.MEETING, Act.AGREEMENT),
            Set.of(Act.VOTE, Act.RESULT), Set.of(Act.VOTE, Act.APPOINTMENT), Set.of(Act.PROTEST, Act.VIOLENCE));

    private EventActs() {
    }

    /**
     * The act of a headline, or empty when it names none of the listed acts.
     *
     * @param headline a headline as written; null or blank gives empty
     */
    public static Optional<Reading> read(String headline) {
        return read(headline, false);
    }

    /**
     * The act of a headline, or empty when it names none of the listed acts; with {@code sport}, a sport report (a
     * headline naming the match, the cup, the team, the goal) reads its match words, and the words other classes
     * would misread in it ({@link #SPORT_ACT}), as a {@link Act#RESULT}, and the reading says it is sport: two sport
     * reports then differ by their teams ({@link #sides}) rather than by a misread word.
     *
     * @param headline a headline as written; null or blank gives empty
     * @param sport    read sport reports apart (false: the lexicon as frozen for the twelfth sample)
     */
    public static Optional<Reading> read(String headline, boolean sport) {
        return read(headline, sport, false);
    }

    /**
     * The act of a headline as {@link #read(String, boolean)} reads it, and with {@code inflected} also from a listed
     * word written in a form the lexicon does not list ({@link #inflectedActOf}): with an attached pronoun
     * («غاراته», «فوزه»), in the plural or dual («اعتقالات», «ينددون», «يجتمعون»), with the case alif («تحقيقاً») or
     * behind a preposition and the article. Off, the lexicon reads as frozen for the twelfth sample.
     *
     * @param headline  a headline as written; null or blank gives empty
     * @param sport     read sport reports apart, as in {@link #read(String, boolean)}
     * @param inflected read listed words in their inflected forms too
     */
    public static Optional<Reading> read(String headline, boolean sport, boolean inflected) {
        if (headline == null || headline.isBlank()) {
            return Optional.empty();
        }
        String[] words = words(headline);
        boolean sporting = sport && sporting(words);
        boolean ahead = false;
        Act first = null;
        Tense tense = null;
        int at = -1;
        Set<Act> all = EnumSet.noneOf(Act.class);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            if (first == null && Statements.listed(w, AHEAD)) {
                ahead = true;
                continue;
            }
            Optional<Act> act = actOf(w, sporting);
            boolean future = false;
            // The future prefix: "سيلتقي" (will meet), "ستوقع" (will sign), only on a listed present-tense verb.
            if (act.isEmpty() && w.length() > 4 && w.charAt(0) == 'س' && (w.charAt(1) == 'ي' || w.charAt(1) == 'ت')) {
                act = actOf(w.substring(1), sporting);
                future = act.isPresent();
            }
            if (act.isEmpty() && inflected) {
                act = inflectedActOf(w);
            }
            if (act.isPresent()) {
                all.add(act.get());
                if (first == null) {
                    first = act.get();
                    tense = ahead || future ? Tense.AHEAD : Tense.DONE;
                    at = i;
                }
            }
        }
        return first == null ? Optional.empty() : Optional.of(new Reading(first, tense, at, all, sporting));
    }

    /**
     * The act of an article's first sentence, read as a headline's is but from its main clause only, for an article
     * whose headline names no act or only quotes someone («لافروف: ...»). A body's first sentence is written in the
     * past tense where a headline uses the present («أدانت» where the headline has «تدين», «اعتقلت» for «تعتقل»),
     * so those forms are read too; a leading dateline («دمشق - ») is skipped, and the sentence is cut at its first
     * subordinate clause (that, after, during, because of, who): what follows «أن» is what was said, what follows
     * «بعد» is the circumstance, and the labelling procedure reads a second act as news only in the main clause.
     * Attribution alone («قال», «أعلن», «ذكر») names no act: a wire report of a strike "officials said" is a strike.
     *
     * @param sentence an article's first sentence as written; null or blank gives empty
     */
    public static Optional<Reading> readLead(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return Optional.empty();
        }
        String[] words = words(afterDateline(sentence));
        int end = 0;
        while (end < words.length && !(end > 0 && Statements.listed(words[end], CLAUSE_BREAKS))) {
            end++;
        }
        StringBuilder main = new StringBuilder();
        for (int i = 0; i < end; i++) {
            String w = words[i];
            // A past-tense act word stands in for the headline's form of its class, so that read() decides alike.
            Act past = w.isEmpty() ? null : pastActOf(w);
            main.append(past == null ? w : WORDS_FIRST.get(past)).append(' ');
        }
        return read(main.toString(), false);
    }

    /**
     * True when a headline only quotes someone: a speaker of at most four words naming no act, a colon, then the words said
     * («لافروف: الضربة على سوريا لن تمر»), or a headline that opens with a quotation mark. The act words of a quote
     * are what was said, not what happened; the first sentence says who said it ({@link #readLead}).
     */
    public static boolean isQuote(String headline) {
        if (headline == null || headline.isBlank()) {
            return false;
        }
        String h = headline.strip();
        char c = h.charAt(0);
        if (c == '«' || c == '"' || c == '\u201C' || c == '\u201D') {
            return true;
        }
        // "Trump meets Kim: details" reports an act before its colon; a speaker's name alone does not.
        int colon = h.indexOf(':');
        return colon > 0 && colon < h.length() - 1 && h.substring(0, colon).trim().split("\\s+").length <= 4
                && read(h.substring(0, colon)).isEmpty();
    }

    /** The sentence after a leading dateline or wire credit («الرياض - », «(رويترز) -»): at most five words before. */
    public static String afterDateline(String sentence) {
        int cut = -1;
        for (int i = 0; i < Math.min(sentence.length(), 60) && cut < 0; i++) {
            char c = sentence.charAt(i);
            if (c == '-' || c == '\u2013' || c == '\u2014' || c == ':') {
                cut = i;
            }
        }
        if (cut < 0 || sentence.substring(0, cut).trim().split("\\s+").length > 5) {
            return sentence;
        }
        return sentence.substring(cut + 1);
    }

    private static Act pastActOf(String w) {
        for (Map.Entry<Act, Set<String>> e : PAST_WORDS.entrySet()) {
            if (Statements.listed(w, e.getValue())) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * True when the act word at {@code at} of a headline's words ({@link #words}) is, with the word after it, another
     * sense that the lexicon reads as that act: «ضربة جزاء» is a penalty kick, not a strike; «يحقق رقماً» achieves
     * a record, not an inquiry (which «يحقق في / مع / بشأن / بـ» is). Only these exact pairs; the story stage's reading
     * (the lexicon as frozen) does not use it, so that its decisions stay as they were; a page showing the act does.
     */
    public static boolean otherSense(String[] words, int at) {
        if (at < 0 || at >= words.length) {
            return false;
        }
        String w = words[at];
        String next = "";
        for (int j = at + 1; j < words.length && next.isEmpty(); j++) {
            next = words[j];
        }
        if (Statements.listed(w, STRIKES)) {
            return SET_PIECES.contains(next);
        }
        String verb = w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف' || w.charAt(0) == 'س')
                && !ACHIEVES.contains(w) ? w.substring(1) : w;
        return ACHIEVES.contains(verb) && !next.isEmpty() && !INTO.contains(next) && next.charAt(0) != 'ب';
    }

    /**
     * True when the violence a headline's words ({@link #words}) name is a disaster's toll: every word of the violence
     * class in it counts the dead (مقتل، قتلى، قتيلاً، مصرع، تقتل) and it names a disaster (سيول، فيضانات، زلزال،
     * حريق، إعصار…): «25 قتيلاً في سيول جارفة» reports no attack or killing. A strike or a raid named beside it
     * («قصف أشعل حريقاً») keeps it violence. As {@link #otherSense}, for a page showing the act: the story stage's
     * reading does not use it, so that its decisions stay as they were.
     */
    public static boolean disasterToll(String[] words) {
        boolean toll = false;
        boolean disaster = false;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (Statements.listed(w, DISASTERS)) {
                disaster = true;
            } else if (Statements.listed(w, WORDS.get(Act.VIOLENCE))) {
                if (!Statements.listed(w, TOLL)) {
                    return false;
                }
                toll = true;
            }
        }
        return toll && disaster;
    }

    /** The words of the dead among the violence words (not the attack's: قصف، غارة، هجوم). */
    private static final Set<String> TOLL = fold("مقتل", "قتلى", "قتيل", "قتيلا", "قتيلان", "مصرع", "قتل", "يقتل",
            "تقتل");
    /** Natural disasters and the fires and collapses that kill without an attacker. */
    private static final Set<String> DISASTERS = fold("سيول", "فيضانات", "فيضان", "زلزال", "زلازل", "هزة",
            "حريق", "حرائق", "إعصار", "أعاصير", "عاصفة", "عواصف", "انهيار", "انهيارات", "أمطار", "انزلاق",
            "انزلاقات", "بركان", "تسونامي", "الانهيار", "الحريق", "الزلزال", "الفيضانات", "السيول", "الأمطار",
            "الإعصار", "العاصفة", "حريقا", "الثلوج", "ثلوج", "جفاف", "الجفاف");

    /**
     * Verbs by which a deed or a disaster strikes a place, which is their object: «تجتاح», «يضرب», «تستهدف», «تهز».
     * Present forms and the past ones no verbal noun shares (not قصف, ضرب, هز: «قصف سوريا» is a noun's genitive).
     */
    private static final Set<String> STRIKING = fold("تجتاح", "يجتاح", "اجتاح", "اجتاحت", "يضرب", "تضرب", "ضربت",
            "يستهدف", "تستهدف", "يستهدفون", "تستهدفان", "استهدف", "استهدفت", "استهدفا", "استهدفوا", "يهز", "تهز",
            "هزت", "يقصف", "تقصف", "يقصفون", "قصفت", "يجرف", "تجرف", "جرفت", "يغرق", "تغرق", "أغرقت", "يضربان");

    /**
     * True when a headline's word is a verb by which something strikes a place ({@link #STRIKING}), with an
     * attached و or ف allowed.
     */
    public static boolean striking(String word) {
        return !word.isEmpty() && (STRIKING.contains(word)
                || word.length() > 3 && "وف".indexOf(word.charAt(0)) >= 0 && STRIKING.contains(word.substring(1)));
    }

    /**
     * The index of the verb by which a disaster named before it strikes («فيضانات تجتاح مدينة درنة», «زلزال قوي
     * يضرب …», «سلسلة زلازل تهز اليابان»): the headline's first {@link #striking} verb, with a disaster's word at most
     * four words before it; -1 when there is none. A headline that names no listed act may report a disaster so.
     *
     * @param words a headline's words as {@link #words} gives them
     */
    public static int disasterStrikes(String[] words) {
        return strikesAfter(words, DISASTERS);
    }

    /**
     * The index of the verb by which a weapon named before it strikes («صواريخ مجهولة تضرب مطار التيفور», «قذائف
     * تستهدف حي …»), as {@link #disasterStrikes}; -1 when there is none. For a page showing the act, as {@link
     * #disasterToll}: missiles name no listed act, and the story stage's act list stays as its decisions were
     * measured, so its reading of such a headline is unchanged (act-less); only the page reads it as an attack.
     *
     * @param words a headline's words as {@link #words} gives them
     */
    public static int weaponStrikes(String[] words) {
        return strikesAfter(words, WEAPONS);
    }

    /** Weapons that strike a place with no attacker named: missiles, shells, drones, bombs. */
    private static final Set<String> WEAPONS = fold("صواريخ", "صاروخ", "الصواريخ", "قذائف", "قذيفة", "القذائف",
            "مقذوفات", "قنابل", "قنبلة", "عبوة", "عبوات", "مسيرات", "مسيرة", "طائرات", "طائرة", "درون", "راجمات",
            "مدفعية", "المدفعية");

    /** The first {@link #striking} verb, when a word of {@code subjects} stands at most four words before it. */
    private static int strikesAfter(String[] words, Set<String> subjects) {
        for (int i = 1; i < words.length; i++) {
            if (striking(words[i])) {
                for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
                    if (!words[j].isEmpty() && Statements.listed(words[j], subjects)) {
                        return i;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** True when a headline's words (search form) name the match, the cup, the league, the team or the goal. */
    private static boolean sporting(String[] words) {
        for (String w : words) {
            if (!w.isEmpty() && Statements.listed(w, SPORT_CONTEXT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words that tell one sport report's sides from another's (its teams, players and competition): the
     * headline's words in {@link ActSetting#bare} form, an attached «و» dropped, without function words, act and
     * sport vocabulary, figures and words under three letters. Two reports of one match name at least one side alike.
     *
     * @param words a headline's words as {@link #words} gives them
     */
    public static Set<String> sides(String[] words) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : words) {
            String x = w.length() > 4 && w.charAt(0) == 'و' && w.startsWith("ال", 1) ? w.substring(1) : w;
            if (x.length() < 3 || x.chars().anyMatch(Character::isDigit) || ArabicStopwords.contains(x)
                    || Statements.listed(x, SPORT_CONTEXT) || Statements.listed(x, SPORT_ACT) || actOf(x, false).isPresent()
                    || Statements.listed(x, AHEAD)) {
                continue;
            }
            out.add(ActSetting.bare(x));
        }
        return out;
    }

    /** The headline's words in their search form, split as {@link #read} splits them (for reading the actor). */
    public static String[] words(String headline) {
        return NOT_WORD.split(ArabicNormalizer.search(headline));
    }

    /**
     * True when two act classes can be one happening: the same class, a statement and anything (a direct statement
     * about a happening belongs to it), or a pair listed as one (a summit and its agreement, an election and its
     * winner, a vote and the appointment it makes, a protest and its dead).
     */
    public static boolean oneHappening(Act a, Act b) {
        return a == b || a == Act.STATEMENT || b == Act.STATEMENT || ONE_HAPPENING.contains(Set.of(a, b));
    }

    /**
     * The act class of a listed word written in an inflected form: the word, or the word behind one preposition (ب ك
     * ل, after an optional و or ف), reduced by the light stemmer ({@link LightStemmer}: the conjunction, the article
     * with a particle before it, one ending of the plural, the dual or an attached pronoun) — and, failing that, with
     * its case alif removed first ({@link Affixes#removable}) — is a listed word. Only the reduced form is compared
     * with the list, never the list's own words reduced: «مواجهة» does not become a clash because «مواجهات» is one,
     * nor «تعز» (the city) a condolence because «تعزية» is listed.
     */
    private static Optional<Act> inflectedActOf(String w) {
        Optional<Act> act = stemmedActOf(w);
        String x = w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
        if (act.isEmpty() && x.length() > 4 && "بكل".indexOf(x.charAt(0)) >= 0) {
            act = stemmedActOf(x.substring(1));
        }
        return act;
    }

    /** The class whose list holds the word's light stem, or its stem without the case alif; empty when none does. */
    private static Optional<Act> stemmedActOf(String w) {
        String stem = LightStemmer.stem(w);
        Optional<Act> act = listedAs(stem);
        if (act.isEmpty() && Affixes.removable(w, Affixes.CASE_ALIF, 3)) {
            act = listedAs(LightStemmer.stem(w.substring(0, w.length() - 1)));
        }
        return act;
    }

    /** The class whose list holds exactly this word (no clitic read off), or empty. */
    private static Optional<Act> listedAs(String w) {
        for (Map.Entry<Act, Set<String>> e : WORDS.entrySet()) {
            if (e.getValue().contains(w)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    private static Optional<Act> actOf(String w, boolean sporting) {
        if (sporting && (Statements.listed(w, SPORT_ACT) || Statements.listed(w, WORDS.get(Act.RESULT)))) {
            return Optional.of(Act.RESULT);
        }
        for (Map.Entry<Act, Set<String>> e : WORDS.entrySet()) {
            if (Statements.listed(w, e.getValue())) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    private static Set<String> fold(String... words) {
        return List.of(words).stream().map(ArabicNormalizer::search).collect(Collectors.toUnmodifiableSet());
    }
}
