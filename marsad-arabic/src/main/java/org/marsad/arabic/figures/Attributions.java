package org.marsad.arabic.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.arabic.figures.Tokens.Token;

/**
 * Who a sentence says reports its figures: the subject of a reporting verb ("قالت وزارة الصحة", "أفادت مصادر
 * طبية") or the object of "according to" ("بحسب المرصد السوري لحقوق الإنسان", "وفقا لأرقام الأمم المتحدة"), or
 * the source a headline names before a colon ("وزارة الصحة: 25 قتيلاً في …", {@link #beforeColon}).
 * Only what the text writes is returned, cut to the noun phrase naming the source; nothing is inferred.
 */
final class Attributions {
    private Attributions() {
    }

    /** A source named in the text: the token of its trigger, and the source as written. */
    record Attribution(int trigger, int sentence, String text) {
    }

    private static final Set<String> VERBS = fold("قال", "قالت", "أعلن", "أعلنت", "أفاد", "أفادت", "ذكر", "ذكرت",
            "أكد", "أكدت", "أوضح", "أوضحت", "أشار", "أشارت", "كشف", "كشفت", "صرح", "صرحت", "أحصى", "أحصت", "وثق",
            "وثقت", "أورد", "أوردت", "قدر", "قدرت", "سجل", "سجلت", "تقول", "يقول", "تشير", "يشير",
            "تفيد", "يفيد", "تقدر", "يقدر", "تؤكد", "يؤكد", "أبلغ", "أبلغت", "نشر", "نشرت", "حذر", "حذرت", "أضاف",
            "أضافت", "تابع", "تابعت", "نقل", "نقلت", "أحصي", "بينت", "تحدث", "تحدثت", "أصدر", "أصدرت",
            "توقع", "توقعت", "رجح", "رجحت", "نشرتها", "أعلنتها", "أوردتها", "أصدرتها", "ذكرتها", "قدمتها", "نشرها", "أعلنها", "أعلنه", "أعلنته",
            "ذكرته", "أوردته", "نشرته", "أحصته", "أحصاها", "سجلتها", "قالته", "يذكر", "تذكر", "أظهرت", "أظهر");
    /** Verbs whose source is given after عن ("نقلت الوكالة عن مصادر طبية"). */
    private static final Set<String> RELAY = fold("نقل", "نقلت", "نقلا", "تنقل", "ينقل");
    private static final Set<String> ACCORDING = fold("حسب", "بحسب", "وفق", "وفقا", "طبقا", "استنادا", "تبعا");
    /** Words between "according to" and the source ("بحسب آخر حصيلة لـ", "وفقا لما ذكرته"). */
    private static final Set<String> SKIP = fold("ما", "لما", "آخر", "أحدث", "أرقام", "بيانات", "إحصاءات",
            "إحصائيات", "إحصائية", "حصيلة", "تقديرات", "تقرير", "معطيات", "بيان", "لأرقام", "لبيانات",
            "لإحصاءات", "لإحصائيات", "لإحصائية", "لحصيلة", "لتقديرات", "لتقرير", "لمعطيات", "لبيان", "إلى",
            "الى", "عن", "جديدة", "جديد", "رسمية", "رسمي", "أولية", "أولي", "لآخر", "لأحدث", "نشرتها",
            "أعلنتها", "أوردتها", "أصدرتها", "ذكرتها", "ذكرته", "أعلنته", "أوردته", "نشرته", "أفادت", "أعلنت",
            "ذكرت", "أوردت", "نشرت", "قالت", "قال", "أعلن", "ذكر", "أفاد", "صادرة", "صادر", "أصدرتها", "قدمتها",
            "أعلنها", "أصدرها", "نشرها", "حصيلة", "تعداد", "لتعداد", "نقلته", "نقلتها", "نقله", "نقلها",
            "عنه", "عنها", "عنهم");
    /** Heads of a person's title, which the person's name may follow before a headline's colon. */
    private static final Set<String> TITLES = fold("المتحدث", "متحدث", "الناطق", "ناطق", "وزير", "الوزير", "رئيس",
            "الرئيس", "مدير", "المدير", "محافظ", "المحافظ", "قائد", "القائد", "الأمين", "مسؤول", "المسؤول");
    /**
     * Ranks and titles written before a person's name ("العقيد عامر السرطاوي", "الدكتور أحمد خالد"): the name after
     * them is the same speaker, whom the rank alone would not tell apart from another colonel. Only a rank written
     * right before the name: an office named by its body ("وزير الصحة فراس الأبيض") is credited as the office, as
     * the figures' fixtures have it.
     */
    private static final Set<String> RANKS = fold("العقيد", "اللواء", "العميد", "العماد", "الفريق", "المشير",
            "النقيب", "الرائد", "المقدم", "الملازم", "الرقيب", "الجنرال", "الدكتور", "الدكتورة", "الشيخ", "الوزير",
            "الوزيرة", "الرئيس", "السفير", "المستشار", "القاضي", "المهندس", "الأستاذ", "السيد", "السيدة", "الأمير",
            "الملك", "الحاج", "النائب", "المحامي", "البروفيسور", "الطبيب", "المطران", "الإمام");
    /** How many words a person's name after a title may have ("عبد الفتاح السيسي", "محمد بن عبد الله"). */
    private static final int NAME_WORDS = 4;

    /**
     * The last token of a person's name that starts at token {@code j} after a title ending at {@code j - 1}, or -1:
     * one to {@value #NAME_WORDS} words, the first of them indefinite and no verbal noun (so "أعلن الوزير تشكيل
     * لجنة" keeps its object out), and ended at once by what opens the speaker's words ("إن", "أن", a time, an
     * addressee, a colon): a name that runs into anything else may be the verb's object ("أكد الوزير رفض بلاده
     * أي تدخل"), so it is not read as one and the title stays the speaker, as before.
     */
    private static int personName(Tokens t, int k, int j) {
        if (!nameWord(t, k, j) || t.definite(j) || VERBAL_NOUN.matcher(t.word(j)).matches()) {
            return -1;
        }
        int last = j;
        while (last + 1 - j < NAME_WORDS && nameWord(t, k, last + 1)) {
            last++;
        }
        int next = last + 1;
        if (next >= t.size() || !t.sameSentence(k, next)) {
            return -1;
        }
        String w = t.word(next);
        return THAT.contains(w) || TIME.contains(w) || ADDRESSEE.contains(w) || t.get(next).f().equals(":")
                ? last : -1;
    }

    /** Whether token {@code j} may be a word of a person's name in the sentence of token {@code k}. */
    private static boolean nameWord(Tokens t, int k, int j) {
        if (j >= t.size() || !t.sameSentence(k, j) || !t.get(j).word() || tanween(t, j)) {
            return false;
        }
        String w = t.word(j);
        return w.length() > 1 && !STOP.contains(w) && !VERBS.contains(w) && !ACCORDING.contains(w)
                && !TIME.contains(w) && !THAT.contains(w) && !ADDRESSEE.contains(w) && !w.equals("في")
                && !Character.isDigit(w.charAt(0)) && w.charAt(0) != 'و'
                && !(w.charAt(0) == 'ب' && STOP.contains(w.substring(1)));
    }

    /** Words that end a source's name. */
    private static final Set<String> STOP = fold("إن", "أن", "إنه", "أنه", "انه", "بأن", "بان", "على", "عن", "من",
            "إلى", "الى", "منذ", "حتى", "خلال", "بعد", "قبل", "عبر", "مع", "لدى", "عند", "الذي", "التي", "الذين",
            "اليوم", "أمس", "صباح", "مساء", "ليل", "ليلة", "فجر", "ظهر", "يوم", "الأحد", "الاثنين", "الإثنين",
            "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الليلة", "البارحة", "صباحا", "مساء", "فجرا",
            "ظهرا", "ليلا", "أيضا", "كذلك", "فيه", "فيها", "إنها", "أنها", "إنهم", "أنهم", "إن", "ان", "ارتفاع",
            "مقتل", "استشهاد", "إصابة", "سقوط", "وصول", "بلوغ", "عدد", "حصيلة", "لا", "لم", "لن", "قد", "كان",
            "كانت", "هو", "هي", "هم", "أمس", "إنّ", "أنّ", "وأن", "وإن", "مؤخرا", "الأسبوع", "الشهر", "الماضي",
            "الحالي", "الجاري", "ذلك", "هذا", "هذه", "تلك", "بدوره", "بدورها", "نفسه", "نفسها", "ليلا", "كل",
            "جميع", "اول", "أول", "ثاني", "ارتفاع", "تسجيل", "اعتقال", "نزوح", "وقوع", "ان", "قرابة", "نحو",
            "حوالي", "أكثر", "اقل", "أقل", "أعداد", "بأنه", "بانه", "بأنها", "وفاة", "حدوث", "مصرع", "سقوط",
            "تقارير", "التوصل", "إليها", "إليه", "إليهم", "لها", "له", "عليه", "عليها", "بها", "به", "منها", "منه",
            // "نقل الموقع عن غوارديولا قوله": what the source said, not a word of its name; nor is "دون ذكر اسمه"
            "قوله", "قولها", "قولهم", "بالقول", "بقوله", "بقولها", "اسمه", "اسمها", "هويته", "هويتها",
            // "بحسب اتفاق تم التوصل إليه": a passive's auxiliary opens a clause; "شركة فيسبوك إثر فضيحة": a cause
            "تم", "إثر", "جراء");
    /**
     * An agreement after "according to" ("وفق اتفاق تم التوصل إليه", "وفقا للاتفاق"): it sets terms, it reports
     * nothing, so it is no source beside the bodies that do.
     */
    private static final Set<String> AGREEMENTS = fold("اتفاق", "الاتفاق", "اتفاقية", "الاتفاقية", "اتفاقيات",
            "الاتفاقيات", "اتفاقات", "الاتفاقات");

    /** A pronoun after the verb that stands for the thing reported ("ما أعلن عنه المرصد"): the source follows. */
    private static final Set<String> ABOUT_IT = fold("عنه", "عنها", "عنهم");
    /** After في, words that are no place ("قالت الوزارة في بيان"). */
    private static final Set<String> NOT_PLACE = fold("بيان", "تصريح", "تصريحات", "تقرير", "حصيلة", "مؤتمر",
            "إحصائية", "حديث", "رسالة", "منشور", "تغريدة", "بلاغ", "وقت", "الوقت", "حين", "إطار", "ظل", "تدوينة",
            "مقابلة", "إحاطة", "بيانها", "بيانه", "تقريرها", "تقريره", "حصيلتها", "آخر", "أحدث", "الساعات",
            "الأيام", "اليوم", "مقال", "كلمة", "خطاب", "حوار", "إحصاء", "تحديث", "بيانات", "منشورات", "تغريدات",
            "وقت", "تصريحه", "تصريحها", "حين", "المقابل", "السياق", "الأثناء", "غضون", "أعقاب", "لقاء", "اللقاء",
            "اجتماع", "الاجتماع", "البيان", "الدراسة", "دراسة", "المقابلة", "المؤتمر", "تغريدته", "تغريدتها", "نفس",
            "التقرير", "التصريح", "التصريحات", "حديثه", "حديثها", "كلمته", "كلمتها", "افتتاح", "ختام",
            // "قال الوزير في مراسلة مع الصحيفة": a letter, the occasion of what he said
            "مراسلة", "مراسلات", "رسائل",
            // "تحدثت إليسا في إحدى الحلقات": one of several occasions
            "إحدى", "أحد");
    /** ل-words that introduce who was spoken to ("قال المتحدث لوكالة الأنباء"), not part of the name. */
    private static final Set<String> ADDRESSEE = fold("لوكالة", "لرويترز", "لفرانس", "للصحفيين", "للصحافيين",
            "لقناة", "لصحيفة", "لموقع", "لسكاي", "للجزيرة", "للعربية", "لتلفزيون", "لإذاعة", "لشبكة", "لبي", "لسي",
            "للأسوشيتد", "لأسوشيتد", "لوكالات", "لنا", "له", "لها", "لهم", "ل", "للصحافة", "للتلفزيون",
            "للإذاعة", "لوسائل", "لمراسل", "لمراسلنا", "لـ", "لمراسلة", "للوكالة", "للقناة", "للصحيفة",
            "للموقع", "لدويتشه", "لسبوتنيك", "للأناضول", "لعربي", "لعربي21", "للشرق", "للأخبار");
    /** Region words that take one more word after في ("في قطاع غزة"). */
    private static final Set<String> REGION = fold("قطاع", "مدينة", "محافظة", "ولاية", "إقليم", "مخيم", "منطقة",
            "الضفة", "جنوب", "شمال", "شرق", "غرب", "وسط");
    private static final int MAX_WORDS = 8;
    /** Correspondents, named by the outlet they report for ("مراسل وكالة فرانس برس"): the outlet is the source. */
    private static final Set<String> CORRESPONDENT = fold("مراسل", "مراسلة", "مراسلو", "مراسلي");
    /** Heads of a body or a place named by a construct chain after في ("غرفة طوارئ الفاشر", "حزب جبهة التحرير"). */
    private static final Set<String> CHAIN_HEADS = fold("غرفة", "قوات", "حزب", "لجنة", "مكتب", "مجلس", "هيئة",
            "فريق", "وحدة", "إدارة", "مديرية", "دائرة", "مستشفى", "منظمة", "مخيم", "مدينة", "ولاية", "محافظة",
            "منطقة", "قطاع", "إقليم", "جهاز", "شبكة", "تنسيقية", "رابطة", "نقابة", "جمعية", "مركز");
    /**
     * Second words of a two-word indefinite head that no rule below would go on to: "شهود عيان" (eyewitnesses),
     * "وسائل إعلام" (media, then its adjective: "وسائل إعلام إسرائيلية").
     */
    private static final Set<String> SECOND_WORDS = fold("عيان", "إعلام");
    /** Times and days that may stand between a verb and its subject ("قالت اليوم الأحد الوزارة"). */
    private static final Set<String> TIME = fold("اليوم", "أمس", "الأحد", "الاثنين", "الإثنين", "الثلاثاء",
            "الأربعاء", "الخميس", "الجمعة", "السبت", "صباح", "مساء", "ليل", "ليلة", "فجر", "ظهر", "يوم", "الليلة",
            "البارحة", "مساء", "صباحا", "مساءً", "ظهرا", "فجرا", "ليلا", "الماضي", "الفائت", "المنصرم", "أيضا",
            "كذلك", "بدوره", "بدورها");
    /**
     * Heads followed by a proper name: "وكالة سانا", "صحيفة هآرتس", "منظمة هيومن رايتس ووتش"; a correspondent is
     * named by the outlet's ("مراسل سانا", "مراسلو وكالة فرانس برس"), which is part of who reports.
     */
    private static final Set<String> NAMED = fold("مراسل", "مراسلة", "مراسلو", "مراسلي", "وكالة", "صحيفة", "قناة",
            "موقع", "شركة", "منظمة", "مجموعة", "حركة", "جماعة", "مؤسسة", "مستشفى", "مجمع", "شبكة", "إذاعة", "تلفزيون",
            "مجلة", "بلدة", "مدينة", "بنك", "مصرف", "جامعة", "حزب", "تحالف", "ائتلاف", "جبهة", "لواء", "كتائب",
            "سرايا", "مركز", "محافظ", "رئيس", "وزير", "مدير", "أمين", "قائد", "سفير", "عمدة", "والي", "نائب",
            "مستشار");
    /** Adjectives of names that the ending rule misses ("الهلال الأحمر", "الأمن العام"). */
    private static final Set<String> ADJECTIVES = fold("الأحمر", "السريع", "الأعلى", "الأول", "الكبير", "الكبرى",
            "الأوسط", "الأدنى", "الخاص", "العام", "الأخضر", "الأبيض", "الأسود", "العليا", "الدائم", "المستقل",
            "الحر", "الأزرق", "الموحد", "الجديد", "المشترك", "الأممي");
    /**
     * Verbs that also take things as subjects ("سجلت الميزانية عجزاً"): their subject counts as a source only when
     * it starts with one of these heads.
     */
    private static final Set<String> WEAK = fold("قدر", "قدرت", "سجل", "سجلت", "أحصى", "أحصت",
            "وثق", "وثقت", "تقدر", "يقدر", "أظهرت", "أظهر", "بينت", "توقع", "توقعت", "رجح", "رجحت", "نشر", "نشرت",
            "أصدر", "أصدرت", "كشف", "كشفت");
    private static final Set<String> SOURCE_HEADS = fold("وزارة", "الوزارة", "منظمة", "المنظمة", "الأمم", "مكتب",
            "المكتب", "هيئة", "الهيئة", "المرصد", "مرصد", "مصادر", "مصدر", "الجيش", "جيش", "الشرطة", "الدفاع",
            "الهلال", "الصليب", "مفوضية", "المفوضية", "وكالة", "الوكالة", "البنك", "بنك", "صندوق", "الصندوق",
            "مركز", "المركز", "الشبكة", "شبكة", "لجنة", "اللجنة", "نقابة", "النقابة", "جمعية", "الجمعية",
            "السلطات", "الحكومة", "حكومة", "المستشفى", "مستشفى", "مديرية", "المديرية", "الأونروا", "اليونيسف",
            "الجهاز", "جهاز", "مجلس", "المجلس", "البرنامج", "برنامج", "مسؤول", "مسؤولون", "متحدث", "المتحدث",
            "الناطق", "ناطق", "رئيس", "وزير", "الوزير", "المنظمة", "تقرير", "التقرير", "دراسة", "الدراسة",
            "بيانات", "إحصاءات", "أرقام", "الأرقام", "نادي", "الإدارة", "إدارة", "المفوضية", "الاتحاد", "اتحاد",
            "صحيفة", "الصحيفة", "موقع", "الموقع", "قناة", "القناة", "التلفزيون", "الإذاعة", "مؤسسة", "المؤسسة",
            "الدائرة", "دائرة", "المعهد", "معهد", "أطباء", "وكالات", "فرق", "طواقم", "الطواقم", "محافظ",
            "المحافظ", "محافظة", "المحافظة", "بلدية", "البلدية", "الأمين", "المدير", "مدير", "قائد", "القائد",
            "الحماية", "مصالح", "النيابة", "الداخلية", "الخارجية", "الصحة");

    /** Whether a folded word is "according to" (حسب، وفقا، طبقا …), alone or after و or ف. */
    static boolean isAccording(String w) {
        return ACCORDING.contains(w) || w.length() > 3 && "وف".indexOf(w.charAt(0)) >= 0
                && ACCORDING.contains(w.substring(1));
    }

    /**
     * Whether a folded word is a reporting verb joined by و or ف ("وقال", "فأعلنت"): it opens a new clause, unlike
     * the verb alone or "وفقا" (according to). "وثق" is the verb itself.
     */
    static boolean joinedVerb(String w) {
        return w.length() > 3 && "وف".indexOf(w.charAt(0)) >= 0 && !VERBS.contains(w) && VERBS.contains(w.substring(1));
    }

    /** Whether a folded word is a reporting verb ("قال", "أفادت"), alone or joined by و or ف ("وقال"). */
    static boolean reportingVerb(String w) {
        return VERBS.contains(w) || joinedVerb(w);
    }

    /** Every source named in the text, in order. */
    static List<Attribution> find(Tokens t) {
        List<Attribution> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (!tok.word()) {
                continue;
            }
            String w = tok.f();
            boolean according = ACCORDING.contains(w) || w.length() > 3 && "وف".indexOf(w.charAt(0)) >= 0
                    && ACCORDING.contains(w.substring(1));
            String verb = VERBS.contains(w) ? w : w.length() > 3 && "وف".indexOf(w.charAt(0)) >= 0
                    && VERBS.contains(w.substring(1)) ? w.substring(1) : null;
            if (!according && verb == null) {
                continue;
            }
            int k = i + 1;
            if (according || verb.endsWith("ها") || verb.endsWith("ه") && !verb.equals("وجه")) {
                for (int s = 0; s < 4 && k < t.size() && t.sameSentence(i, k)
                        && (SKIP.contains(t.word(k)) || VERBS.contains(t.word(k)) || letter(t, k)); s++) {
                    k += letter(t, k) ? 2 : 1; // "وفقا لمراسلة حديثة صادرة عن لجنة …": the letter's sender
                }
            } else {
                // a time or a weekday may come between the verb and its subject: "قالت اليوم الأحد الوزارة"
                for (int s = 0; s < 3 && k < t.size() && t.sameSentence(i, k) && isTime(t.word(k)); s++) {
                    k++;
                }
            }
            if (verb != null && k < t.size() && t.sameSentence(i, k) && ABOUT_IT.contains(t.word(k))) {
                k++;
            }
            // after "صادرة عن" the name is written whole: its ل is its own ("عن لجنة …"), not "according to"'s
            // "وكانت السعودية قد أعلنت قائمة …": the subject is written before قد, and what follows is the object
            Name name = verb == null ? null : subjectBefore(t, i);
            if (name == null) {
                name = phrase(t, i, k, according && !(k > i + 1 && t.word(k - 1).equals("عن")));
            }
            int contrasted = -1;
            if (name == null && verb != null) {
                contrasted = contrastedSubject(t, i);
                name = contrasted < 0 ? null : phrase(t, contrasted, contrasted, false);
            }
            if (name == null) {
                continue;
            }
            if (verb != null && WEAK.contains(verb) && !SOURCE_HEADS.contains(t.word(contrasted < 0 ? k : contrasted))) {
                continue;
            }
            if (contrasted >= 0 && INDICATES.contains(verb) && !SOURCE_HEADS.contains(t.word(contrasted))) {
                continue; // "لكن تباطؤ الطلبيات يشير", "إلا أن القصيدة تقول": a thing that shows, no source
            }
            String text = name.text();
            int endOfName = name.last();
            if (verb != null && RELAY.contains(verb) || according && RELAY.contains(w.length() > 3 ? w : "")) {
                // "نقلت وكالة الأنباء عن مصادر طبية": the source is who the agency quotes
                int j = endOfName + 1;
                if (j < t.size() && t.sameSentence(i, j) && t.word(j).equals("عن")) {
                    Name quoted = phrase(t, j, j + 1, true);
                    if (quoted != null) {
                        text = quoted.text();
                    }
                }
            }
            out.add(new Attribution(i, tok.sentence(), text));
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).type() == Tokens.Type.PUNCT && t.get(i).f().equals(":")) {
                Attribution a = beforeColon(t, i);
                if (a != null) {
                    out.add(a);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Attribution::trigger));
        out.replaceAll(a -> new Attribution(a.trigger(), a.sentence(), unmarked(a.text())));
        return resolveBare(t, out);
    }

    /**
     * Heads that a text names in full once and then bare: "أعلنت وزارة الصحة … وأضافت الوزارة", "حركة حماس …
     * الحركة". Bare, they read as a second source beside the full name in a story's figures and its conflict check.
     */
    private static final Set<String> BARE_HEADS = fold("وزارة", "وكالة", "حركة", "منظمة", "هيئة", "صحيفة", "شركة",
            "لجنة", "جمعية", "مفوضية", "مديرية", "قناة", "مجموعة", "جماعة", "شبكة", "مؤسسة", "نقابة", "إذاعة");

    /**
     * The sources with a bare head ("الوزارة", "الوكالة", "الحركة") named by the text's full name of that head
     * before it ("وزارة الصحة"), when the text names one body of that head before it (its mentions agree in their
     * first two words: "وزارة الصحة" and "وزارة الصحة في غزة" are one); a second ministry named before leaves
     * "الوزارة" as written. The name is the last one the text credits as a source, else the last mention's.
     */
    private static List<Attribution> resolveBare(Tokens t, List<Attribution> sources) {
        List<Attribution> out = new ArrayList<>(sources.size());
        for (Attribution a : sources) {
            String bare = Lexicon.fold(a.text().strip());
            String head = bare.startsWith("ال") ? bare.substring(2) : "";
            String full = BARE_HEADS.contains(head) ? onlyFullName(t, sources, head, a.trigger()) : null;
            out.add(full == null ? a : new Attribution(a.trigger(), a.sentence(), unmarked(full)));
        }
        return out;
    }

    /**
     * The last word of the hashtag a name's last word at {@code last} is joined into by '_' ("#مجلس_الأعمال_السعودي_
     * الفرنسي", "#بن_دغر"): one tag is one name, which the rules for words written apart would cut.
     */
    private static int hashtagEnd(Tokens t, int last) {
        String text = t.original();
        while (last + 1 < t.size() && t.get(last).oe() < text.length() && text.charAt(t.get(last).oe()) == '_'
                && t.get(last + 1).os() == t.get(last).oe() + 1 && t.sameSentence(last, last + 1)) {
            last++;
        }
        return last;
    }

    /** A name as the sentence reads it, without a hashtag's marks: "شرطة #الاحتلال" → "شرطة الاحتلال". */
    private static String unmarked(String name) {
        return name.indexOf('#') < 0 && name.indexOf('_') < 0 ? name : name.replace("#", "").replace('_', ' ');
    }

    /** The full name of the one body of a head ("وزارة الصحة") the text names before token {@code before}; or null. */
    private static String onlyFullName(Tokens t, List<Attribution> sources, String head, int before) {
        List<String> names = new ArrayList<>();
        String mention = null;
        for (int i = 0; i < before && i < t.size(); i++) {
            if (!t.get(i).word()) {
                continue;
            }
            String w = t.word(i);
            boolean after = w.length() == head.length() + 1 && w.charAt(0) == 'ل' && w.endsWith(head);
            if (!w.equals(head) && !after) {
                continue; // "وزارة الصحة", "لوزارة الصحة"
            }
            Name n = phrase(t, i, i, after);
            if (n == null || n.last() == i) {
                continue;
            }
            mention = unmarked(n.text());
            int in = mention.indexOf(" في ");
            if (in > 0) {
                mention = mention.substring(0, in); // "صحيفة الشرق الأوسط في فبراير": a mention's when, not its name
            }
            if (!oneBody(names, mention)) {
                return null;
            }
            names.add(mention);
        }
        if (mention == null) {
            return null;
        }
        String credited = null;
        for (Attribution s : sources) {
            if (s.trigger() < before && oneBody(names, s.text())) {
                credited = s.text();
            }
        }
        return credited != null ? credited : mention;
    }

    /**
     * Whether a name is of the body all the others name: of each two, one starts the other, folded and without quote
     * marks ("وزارة الصحة", "وزارة الصحة الفلسطينية"; not "وكالة الأنباء السورية" and "وكالة الأنباء الفرنسية").
     */
    private static boolean oneBody(List<String> names, String name) {
        String n = bareName(name);
        for (String other : names) {
            String o = bareName(other);
            if (!n.startsWith(o) && !o.startsWith(n)) {
                return false;
            }
        }
        return true;
    }

    private static String bareName(String name) {
        return Lexicon.fold(name).replaceAll("[\"«»“”]", " ").replaceAll("\\s+", " ").strip();
    }

    /**
     * The source named before the colon at token {@code colon}: the headline convention "SOURCE: what it reports"
     * ("وزارة الصحة: 25 قتيلاً", "الأمم المتحدة: …", "مصادر طبية: …", "المتحدث باسم الجيش أفيخاي أدرعي: …"). The
     * words before the colon, back to the paragraph's start or a punctuation mark ("عاجل | وزارة الصحة: …"), are the
     * source when they are at most {@link #MAX_WORDS} words, all words, and open with a source's head
     * ({@link #SOURCE_HEADS}: a ministry, an agency, sources, a spokesman); one word alone must be definite
     * ("الأونروا:", "الجيش:"), not a vague "تقرير:" or "مصادر:". Anything else before a colon is no source: a place
     * ("غزة: …"), a date or time, a flag ("عاجل:"), a speaker's clause ("وأضاف المصدر:"). Null when none.
     */
    private static Attribution beforeColon(Tokens t, int colon) {
        if (colon == 0 || !t.get(colon - 1).word()) {
            return null;
        }
        int start = colon - 1;
        while (start > 0 && t.get(start - 1).word() && t.get(start - 1).paragraph() == t.get(colon).paragraph()
                && t.sameSentence(start - 1, colon)) {
            start--;
        }
        int words = colon - start;
        if (words > MAX_WORDS || !SOURCE_HEADS.contains(t.word(start)) && !TITLES.contains(t.word(start))) {
            return null;
        }
        if (words == 1 && !t.definite(start)) {
            return null;
        }
        // The words before the colon are one source's name ("الداخلية السعودية"), or a title's and then a person's
        // ("المتحدث باسم الجيش أفيخاي أدرعي"); a verb among them makes a clause ("الحكومة تعلن:"), not a name.
        Name name = phrase(t, start, start, false);
        if (name == null) {
            return null;
        }
        if (name.last() != colon - 1) {
            if (!TITLES.contains(t.word(start)) || colon - 1 - name.last() > 3) {
                return null;
            }
            for (int k = name.last() + 1; k < colon; k++) {
                String w = t.word(k);
                boolean presentVerb = w.length() <= 5 && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت');
                if (VERBS.contains(w) || STOP.contains(w) || presentVerb) {
                    return null;
                }
            }
        }
        String text = t.original().substring(t.get(start).os(), t.get(colon - 1).oe());
        return new Attribution(colon, t.get(colon).sentence(), text);
    }

    static boolean isTime(String w) {
        return TIME.contains(w);
    }

    /** "وكانت وزارة الصحة قد أعلنت": the subject between كان and قد, before the verb. */
    private static Name subjectBefore(Tokens t, int verb) {
        if (verb < 3 || !t.word(verb - 1).equals("قد") || !t.sameSentence(verb - 1, verb)) {
            return null;
        }
        for (int j = verb - 2; j >= 0 && j >= verb - 8 && t.sameSentence(j, verb); j--) {
            if (KANA.contains(t.word(j))) {
                Name n = phrase(t, j, j + 1, false);
                return n != null && n.last() == verb - 2 ? n : null;
            }
            if (!t.get(j).word()) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> KANA = fold("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت");
    /** "But", after which a clause may name its own speaker before the verb ("لكن وزارة الصحة أعلنت"). */
    private static final Set<String> CONTRAST = fold("لكن", "ولكن", "لكنّ", "ولكنّ");
    /** أن without a pronoun: "إلا أنها سارعت وقالت" has its subject in أنها, and what follows is the verb. */
    private static final Set<String> BARE_THAT = fold("أن", "أنّ", "ان");
    /**
     * Verbs that things do as well as speakers ("الأرقام تشير", "تحركات أخرى أشارت"): a subject written before them
     * is a source only when it opens with a source's head.
     */
    private static final Set<String> INDICATES = fold("تقول", "يقول", "تشير", "يشير", "أشار", "أشارت", "تؤكد",
            "يؤكد", "تفيد", "يفيد", "تذكر", "يذكر", "أكد", "أكدت", "أظهر", "أظهرت", "بينت");
    /** The words before أن that make it "but" ("إلا أن الجيش قال", "غير أن المرصد أفاد"). */
    private static final Set<String> EXCEPT = fold("إلا", "الا", "غير");

    /** Whether token {@code j} is "but": لكن, ولكن, or the أن of إلا أن / غير أن. */
    static boolean contrast(Tokens t, int j) {
        String w = t.word(j);
        return CONTRAST.contains(w) || j > 0 && BARE_THAT.contains(w) && EXCEPT.contains(t.word(j - 1));
    }

    /**
     * "قال الجيش إن … لكن وزارة الصحة أعلنت مقتل 20": the subject written before the verb, right after "but" (لكن,
     * إلا أن, غير أن), which opens a clause with a speaker of its own; without it the clause's figures fell to the
     * sentence's first speaker. Only a name that reaches the verb counts; the index of its first word, or -1.
     */
    private static int contrastedSubject(Tokens t, int verb) {
        for (int j = verb - 1; j >= 1 && j >= verb - 8 && t.sameSentence(j, verb); j--) {
            if (!t.get(j).word()) {
                return -1;
            }
            if (contrast(t, j)) {
                if (j + 1 >= verb) {
                    return -1;
                }
                Name n = phrase(t, j, j + 1, false);
                return n != null && n.last() == verb - 1 ? j + 1 : -1;
            }
        }
        return -1;
    }

    /** A source's name as written, and the index of its last token. */
    private record Name(String text, int last) {
    }

    /**
     * The noun phrase from token {@code k}, as written; null when no name starts there. After "according to" a
     * leading ل is left out ("وفقا لوزارة الصحة" → "وزارة الصحة").
     */
    private static Name phrase(Tokens t, int trigger, int k, boolean according) {
        if (k >= t.size() || !t.sameSentence(trigger, k) || !t.get(k).word()) {
            return null;
        }
        String first = t.word(k);
        int skip = 0;
        String restore = "";
        if (according && first.startsWith("لل") && first.length() > 4) {
            skip = 2; // "للهيئة العامة" → "الهيئة العامة": ل + ال written without its alif
            restore = "ال";
        } else if (according && first.length() > 3 && first.charAt(0) == 'ل') {
            skip = 1;
        }
        String head = skip == 2 ? "ال" + first.substring(2) : first.substring(skip);
        if (according && AGREEMENTS.contains(head)) {
            return null;
        }
        if (STOP.contains(head) || head.length() < 2 || VERBS.contains(head) || ACCORDING.contains(head)
                || head.equals("في") || head.equals("فيما") || tanween(t, k)
                || head.length() > 3 && head.charAt(0) == 'ب' && STOP.contains(head.substring(1))) {
            // "أفادت بوفاة …", "تحدثت تقارير عن …": the verb's object, an event or a vague "reports", is no source;
            // nor is في, which opens when or where the verb spoke ("أعلنت في وقت سابق", "قال في بيان"), not who,
            // nor فيما ("أوضحت فيما بعد"); في is not in STOP since inside a name it goes on to a place
            // ("وزارة الصحة في غزة"); nor an adverb written with tanween ("أضاف قائلاً", "أعلن سابقاً")
            return null;
        }
        int last = k;
        boolean prevDefinite = skip == 2 || skip == 0 && t.definite(k);
        boolean named = NAMED.contains(head);
        int words = 1;
        int j = k + 1;
        while (j < t.size() && t.sameSentence(k, j) && words < MAX_WORDS) {
            Token tok = t.get(j);
            if (!tok.word()) {
                if (named && last == k) {
                    last = quotedName(t, k, j, last); // "صحيفة "تشرين"", "مراسل "سكاي نيوز عربية""
                }
                break;
            }
            String w = tok.f();
            if (STOP.contains(w) || VERBS.contains(w) || ACCORDING.contains(w) || ADDRESSEE.contains(w)
                    || Lexicon.CURRENCY.containsKey(w)) {
                break;
            }
            if (tanween(t, j)) {
                break; // "أفادت مراسلة فرانس برس تزامناً مع …": an adverb, which no name carries
            }
            if (w.length() > 3 && w.charAt(0) == 'ب' && STOP.contains(w.substring(1)) && !w.startsWith("باسم")) {
                break; // "أفاد مراسل لوكالة فرانس برس بمقتل …": what the source reports
            }
            if (w.equals("العام") && TIME.contains(t.word(j + 1)) && t.sameSentence(j, j + 1)) {
                break; // "أعلنتها الولايات المتحدة العام الماضي": when, not the body's adjective ("الأمن العام")
            }
            if (reportedDeed(t, k, j)) {
                break; // "ذكرت وسائل إعلام سورية رسمية بتصدي الدفاعات …": the name ended before what it reported
            }
            if (coordinated(t, k, j)) {
                last = j; // "قالت دمشق وموسكو إن …": two who speak together, and "that" ends the name
                words++;
                break;
            }
            if (w.charAt(0) == 'و' && (VERBS.contains(w.substring(1)) || ACCORDING.contains(w.substring(1))
                    || STOP.contains(w.substring(1)) || !w.startsWith("وال") && w.length() > 3
                    && !w.startsWith("وزار") && !w.startsWith("وكال"))) {
                break; // "وأضافت", "وفق": a new clause; "والسكان", "والإحصاء" go on
            }
            if (SECOND_WORDS.contains(w) && !prevDefinite) {
                last = j; // "شهود عيان", "شاهد عيان", "وسائل إعلام": one source
                words++;
                j++;
                continue;
            }
            if (w.startsWith("وال") && w.length() > 4 && t.original().charAt(t.get(j).os() + 1) == '\u0627') {
                prevDefinite = true;
                last = j;
                words++;
                j++;
                continue;
            }
            if (w.equals("في")) {
                String place = t.word(j + 1);
                if (place.isEmpty() || NOT_PLACE.contains(place) || STOP.contains(place) || VERBS.contains(place)
                        || !t.sameSentence(k, j + 1) || placeAlready(t, k, j + 1)) {
                    break;
                }
                last = j + 1;
                j += 2;
                // "في قطاع غزة", "في رام الله", "في الأمم المتحدة": one more word for a region or a definite one
                String more = t.word(j);
                if (j < t.size() && t.sameSentence(k, j) && t.get(j).word() && !STOP.contains(more)
                        && !NOT_PLACE.contains(more) && !VERBS.contains(more)
                        && (REGION.contains(place) || more.startsWith("ال"))) {
                    last = j;
                } else if (CHAIN_HEADS.contains(place) && !more.startsWith("ال") && placeWord(t, k, j)
                        && placeWord(t, k, j + 1)) {
                    // "في غرفة طوارئ الفاشر", "في غرفة طوارئ درنة", "في قوات حرس الحدود": a body's construct
                    // chain read to its end (two words more at most), not cut after its first word; only after a
                    // listed head, since after a proper name («في مصر فوز الرئيس») the next words are the clause's
                    last = j + 1;
                }
                break;
            }
            boolean definite = t.definite(j);
            boolean linker = w.equals("باسم") || w.charAt(0) == 'ل' && !w.startsWith("ال") && w.length() > 3;
            if (linker && !w.equals("باسم") && !w.startsWith("لل") && !t.definite(j + 1)) {
                break; // "لحقوق الإنسان", "لشؤون اللاجئين" go on with a definite word; anything else ends it
            }
            if (!linker) {
                if (prevDefinite && definite) {
                    if (!adjectiveLike(w) && !ADJECTIVES.contains(w)) {
                        break; // "قدّر البنك الدولي الخسائر": the object, not the name
                    }
                } else if (prevDefinite) {
                    int person = j == k + 1 && RANKS.contains(head) ? personName(t, k, j) : -1;
                    if (person >= 0) {
                        last = person; // "العقيد عامر السرطاوي": the rank and the name are one speaker
                        break;
                    }
                    if (!t.word(j + 1).startsWith("لل") || !t.sameSentence(j, j + 1)) {
                        break; // an indefinite word after a definite one: a verb or a person's name
                    }
                } else if (!definite && !named && !adjectiveLike(w) && !t.definite(j + 1)) {
                    break; // "هيئة شؤون الأسرى" goes on; "وكالة فيتش" only after a naming head
                }
            }
            prevDefinite = definite;
            last = j;
            words++;
            j++;
        }
        if (CORRESPONDENT.contains(head) && !letter(t, k)) {
            Name outlet = outletOf(t, trigger, k, last);
            if (outlet != null) {
                return outlet;
            }
        }
        last = hashtagEnd(t, last);
        int from = t.originalStart(k, skip);
        return new Name(restore + t.original().substring(from, t.get(last).oe()), last);
    }

    /**
     * The outlet a correspondent at token {@code k} reports for, which is the source of what he reports: "مراسل
     * وكالة فرانس برس" and "مراسل لوكالة الأنباء الفرنسية" are the agency, "مراسلة "سكاي نيوز عربية"" the channel
     * (without its quotes); a story's figures would otherwise count the agency and its correspondent as two sources.
     * Null for a correspondent named by no outlet ("قال مراسل إن"), who stays the source.
     */
    private static Name outletOf(Tokens t, int trigger, int k, int last) {
        int from = k + 1;
        if (last > k) {
            int to = last;
            if (!t.get(from).word() && !t.get(to).word() && to - from > 1) {
                from++; // "مراسل "سكاي نيوز عربية"": the name inside its quotes
                to--;
            }
            to = beforePlace(t, from, to);
            return new Name(t.original().substring(t.get(from).os(), t.get(to).oe()), last);
        }
        // "مراسل لوكالة …", "مراسلة لفرانس برس": ل names whom he works for
        String w = from < t.size() && t.sameSentence(k, from) && t.get(from).word() ? t.word(from) : "";
        if (w.length() <= 3 || w.charAt(0) != 'ل' || STOP.contains(w) || VERBS.contains(w)) {
            return null;
        }
        Name outlet = phrase(t, trigger, from, true);
        if (outlet == null) {
            return null;
        }
        int skip = w.startsWith("لل") && w.length() > 4 ? 2 : 1;
        int end = outlet.last();
        if (end == from && skip == 1 && !NAMED.contains(w.substring(1))) {
            // "لفرانس برس": an outlet's own name of two or three words, which a name of no listed head ends early
            for (int n = 0; n < 2 && outletWord(t, k, end + 1); n++) {
                end++;
            }
        }
        end = beforePlace(t, from, end);
        return new Name((skip == 2 ? "ال" : "") + t.original().substring(t.originalStart(from, skip), t.get(end).oe()),
                end);
    }

    /** The last token of an outlet's name before "في" or a ل-word ("بي بي سي في دمشق", "بي بي سي للشؤون …"). */
    private static int beforePlace(Tokens t, int from, int to) {
        for (int j = from + 1; j <= to; j++) {
            String w = t.word(j);
            if (w.equals("في") || w.length() > 2 && w.charAt(0) == 'ل' && !w.startsWith("ال")) {
                return j - 1;
            }
        }
        return to;
    }

    /** Whether token {@code j} may go on an outlet's proper name in the sentence of token {@code k}. */
    private static boolean outletWord(Tokens t, int k, int j) {
        return nameWord(t, k, j) && !t.definite(j) && t.word(j).charAt(0) != 'ل';
    }

    /**
     * Whether token {@code j} joins a second speaker to the name by و right before the reported clause: "قالت دمشق
     * وموسكو إن", "أعلنت واشنطن ولندن أن". Only when "that" follows at once, and not a verb (one in the present
     * included: "وتضيف"), a time, a particle or a word with a pronoun ("قال ترامب وقتها إن"), which و would join to
     * the clause rather than to the name.
     */
    private static boolean coordinated(Tokens t, int k, int j) {
        String w = t.word(j);
        if (w.length() < 4 || w.charAt(0) != 'و' || j + 1 >= t.size() || !t.sameSentence(k, j + 1)
                || !THAT.contains(t.word(j + 1))) {
            return false;
        }
        String stem = w.substring(1);
        if (stem.charAt(0) == 'ي' || stem.charAt(0) == 'ت') {
            return false; // a verb in the present, "تقول الصحيفة وتضيف بأن", goes on with the clause
        }
        return !VERBS.contains(stem) && !STOP.contains(stem) && !ACCORDING.contains(stem) && !TIME.contains(stem)
                && !stem.endsWith("ه") && !stem.endsWith("ها") && !stem.endsWith("هم") && !stem.endsWith("هما");
    }

    /**
     * The last token of a name a naming head gives in quotes ("صحيفة "تشرين"", "مراسل "سكاي نيوز عربية""): the
     * closing quote, when quote marks at {@code open} hold one to four words (or digits) in the sentence of token
     * {@code k}; else {@code last}. Longer quotes are what the source says, not its name.
     */
    private static int quotedName(Tokens t, int k, int open, int last) {
        if (!QUOTES.contains(t.get(open).f())) {
            return last;
        }
        for (int j = open + 1; j < t.size() && j <= open + 5 && t.sameSentence(k, j); j++) {
            Token tok = t.get(j);
            if (tok.type() == Tokens.Type.PUNCT) {
                return QUOTES.contains(tok.f()) && j > open + 1 ? j : last;
            }
        }
        return last;
    }

    private static final Set<String> QUOTES = Set.of("\"", "«", "»", "“", "”");

    /** Whether token {@code j} is written with a final tanween ("سابقاً", "قائلاً"): an adverb, never a name. */
    private static boolean tanween(Tokens t, int j) {
        Token tok = t.get(j);
        char last = t.original().charAt(tok.oe() - 1);
        return last == '\u064B' || last == '\u064C' || last == '\u064D'
                || tok.oe() - tok.os() > 1 && last == 'ا' && t.original().charAt(tok.oe() - 2) == '\u064B';
    }

    /** "That", which opens what a source says ("قالت الوزارة إن …"). */
    private static final Set<String> THAT = fold("إن", "أن", "ان", "بأن", "بان", "إنه", "أنه", "انه", "إنها",
            "أنها", "إنهم", "أنهم", "إنّ", "أنّ");

    /**
     * Places a text names again by their kind alone, once it has said which ("في المدينة", "في المحافظة", "في
     * القطاع"): the city or province of the report, which tells where the body sits, not which body it is.
     */
    private static final Set<String> PLACE_AGAIN = fold("المدينة", "المحافظة", "القطاع", "البلدة", "القرية",
            "الولاية", "المنطقة", "الإقليم", "المخيم", "الحي", "البلاد", "العاصمة", "الناحية", "القضاء");

    /**
     * Whether the word after في at token {@code j} is a place named again by its kind alone ("جهاز الإسعاف والطوارئ
     * في المدينة"), which ends the name as "بالمدينة" already does. A definite word after it keeps it as a name's
     * own words: "نقابة العاملين في القطاع الصحي", "مستشفى في المدينة المنورة", "إمارة المنطقة الشرقية".
     */
    private static boolean placeAlready(Tokens t, int k, int j) {
        if (!PLACE_AGAIN.contains(t.word(j))) {
            return false;
        }
        int next = j + 1;
        return !(next < t.size() && t.sameSentence(k, next) && t.get(next).word() && t.definite(next)
                && !STOP.contains(t.word(next)) && !TIME.contains(t.word(next)));
    }

    /** مراسلة with ل or و attached or bare: a (woman) correspondent, or a letter. */
    private static final Set<String> MURASALA = fold("مراسلة", "لمراسلة", "ومراسلة", "بمراسلة");

    /**
     * Whether «مراسلة» at token {@code k} is a letter, not a woman correspondent: an indefinite adjective follows
     * ("مراسلة رسمية", "مراسلة حديثة") or «مع» ("مراسلة مع الوزارة"), where a correspondent is followed by her outlet
     * ("مراسلة فرانس برس", "مراسلة "العربية"", "مراسلة لفرانس برس").
     */
    private static boolean letter(Tokens t, int k) {
        if (k + 1 >= t.size() || !MURASALA.contains(t.word(k)) || !t.sameSentence(k, k + 1) || !t.get(k + 1).word()) {
            return false;
        }
        String next = t.word(k + 1);
        return next.equals("مع") || LETTER_ADJECTIVES.contains(next)
                || !t.definite(k + 1) && next.length() > 4 && next.endsWith("يه"); // رسمية، خطية، إلكترونية
    }

    /** Adjectives of a letter that are no nisba ("مراسلة حديثة"); an outlet's head ("مراسلة جريدة …") is none. */
    private static final Set<String> LETTER_ADJECTIVES = fold("حديثة", "سابقة", "جديدة", "أخيرة", "مؤرخة", "موجهة",
            "مكتوبة", "عاجلة", "سرية", "رسمية");

    /** Whether token {@code j} is a word that may continue a place after في in the sentence of token {@code k}. */
    private static boolean placeWord(Tokens t, int k, int j) {
        if (j >= t.size() || !t.sameSentence(k, j) || !t.get(j).word()) {
            return false;
        }
        String w = t.word(j);
        return !w.isEmpty() && !STOP.contains(w) && !NOT_PLACE.contains(w) && !VERBS.contains(w)
                && !ADDRESSEE.contains(w) && !TIME.contains(w) && !Character.isDigit(w.charAt(0))
                && !(w.charAt(0) == 'و' && !w.startsWith("وال"));
    }

    /** Indefinite adjectives that follow an indefinite head: "مصادر طبية", "مسؤول أمريكي", "مصدر أمني". */
    /**
     * Whether token {@code j} is ب and a verbal noun in construct with a word after it ("بتصدي أنظمة الدفاع",
     * "بانتهاء العملية", "بإطلاق الصواريخ"): the deed the source reports, not a word of its name. The noun is known
     * by the shapes of derived verbal nouns (تفعيل/تفعّل/تفاعل, انفعال, افتعال, استفعال, إفعال), so a name whose ب is
     * its own ("مصدر بحريني", "بيسكوف", "بلدية") goes on, and so do a listed place ("مصدر بتونس"), the heads ب
     * places a source in ("بوزارة الصحة") and a head's complement ("شركة بترول أبوظبي").
     */
    private static boolean reportedDeed(Tokens t, int k, int j) {
        String w = t.word(j);
        if (w.length() <= 4 || w.charAt(0) != 'ب' || !t.sameSentence(k, j + 1) || !t.get(j + 1).word()) {
            return false;
        }
        String head = t.word(j - 1);
        if (NAMED.contains(head) || SOURCE_HEADS.contains(head) || CHAIN_HEADS.contains(head)) {
            return false; // "شركة بترول أبوظبي": a head's own complement is its name
        }
        String rest = w.substring(1);
        return VERBAL_NOUN.matcher(rest).matches() && !SOURCE_HEADS.contains(rest) && !CHAIN_HEADS.contains(rest)
                && !NAMED.contains(rest) && !BARE_HEADS.contains(rest) && !REGION.contains(rest)
                && org.marsad.arabic.entities.PlaceNames.at(new String[] {t.get(j).f()}, 0) == null;
    }

    /** Folded shapes of derived verbal nouns: تصدي/تدمير/تبادل, انسحاب, انتهاء, استهداف, إطلاق (not تركيا's ending). */
    private static final java.util.regex.Pattern VERBAL_NOUN = java.util.regex.Pattern.compile(
            "ت\\p{L}{2,3}[^ا]|ان\\p{L}{2}ا\\p{L}|ا\\p{L}ت\\p{L}ا\\p{L}|است\\p{L}{2}ا\\p{L}|ا\\p{L}{2}ا\\p{L}");

    private static boolean adjectiveLike(String w) {
        return w.length() > 2 && (w.endsWith("يه") || w.endsWith("ي") || w.endsWith("يون") || w.endsWith("يين")
                || w.endsWith("ه"));
    }

    private static Set<String> fold(String... words) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(Lexicon.fold(w));
        }
        return out;
    }
}
