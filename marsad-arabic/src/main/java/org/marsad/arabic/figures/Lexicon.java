package org.marsad.arabic.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.FoldedText;

/**
 * The words figures are recognised by, stored folded (ة → ه, ى → ي, أ → ا, no diacritics): counted nouns and the
 * verbs around them, currencies, comparators, and the words that make a number something other than a figure.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** Counted nouns ("شهيد", "نازحين", "شخص") and the category they give. */
    static final Map<String, Category> NOUNS = new HashMap<>();
    /** Words before a number that tell what it counts: verbs, verbal nouns and category nouns ("حصيلة القتلى إلى"). */
    static final Map<String, Category> CONTEXT = new HashMap<>();
    /** Verbs after a counted noun ("20 شخصا قتلوا", "لقوا حتفهم"). */
    static final Map<String, Category> AFTER = new HashMap<>();

    static {
        nouns(Category.KILLED, "قتيل", "قتلى", "شهيد", "شهداء", "شهيدة", "ضحية", "ضحايا", "جثة", "جثث", "جثمان",
                "جثامين", "وفاة", "وفيات", "ميت", "موتى", "قتيلة");
        nouns(Category.INJURED, "جريح", "جرحى", "جريحة", "مصاب", "مصابين", "مصابون", "مصابة", "إصابة", "إصابات");
        nouns(Category.DISPLACED, "نازح", "نازحين", "نازحون", "نازحة", "مهجر", "مهجرين", "مهجرون", "مشرد",
                "مشردين", "مشردون", "لاجئ", "لاجئين", "لاجئون", "لاجئة", "نازحا");
        nouns(Category.DETAINED, "معتقل", "معتقلين", "معتقلون", "معتقلة", "أسير", "أسرى", "أسيرة", "سجين", "سجناء",
                "محتجز", "محتجزين", "محتجزون", "موقوف", "موقوفين", "رهينة", "رهائن", "مختطف", "مختطفين", "مخطوف",
                "مخطوفين", "معتقلات", "أسيرات");
        nouns(Category.MISSING, "مفقود", "مفقودين", "مفقودون", "مفقودة");
        nouns(Category.AID, "شاحنة", "شاحنات", "سلة", "سلال", "طرد", "طرود", "وجبة", "وجبات", "قافلة", "قوافل");
        nouns(Category.PERCENT, "بالمئة", "بالمائة", "بالمية", "بالميه", "%", "٪");
        nouns(Category.PEOPLE, "شخص", "أشخاص", "نسمة", "فرد", "أفراد", "مدني", "مدنيين", "مدنيون", "مواطن",
                "مواطنين", "مواطنون", "طفل", "أطفال", "طفلة", "امرأة", "نساء", "سيدة", "رجل", "رجال", "فلسطيني",
                "فلسطينيين", "فلسطينيون", "سوري", "سوريين", "سوريون", "يمني", "يمنيين", "عراقي", "عراقيين", "ليبي",
                "ليبيين", "لبناني", "لبنانيين", "مصري", "مصريين", "سوداني", "سودانيين", "إسرائيلي", "إسرائيليين",
                "إسرائيليون", "جندي", "جنود", "عسكري", "عسكريين", "مقاتل", "مقاتلين", "مقاتلون", "مسلح", "مسلحين",
                "عنصر", "عناصر", "متظاهر", "متظاهرين", "متظاهرون", "محتج", "محتجين", "عامل", "عمال", "طالب",
                "طلاب", "حاج", "حجاج", "زائر", "زوار", "مهاجر", "مهاجرين", "مهاجرون", "سائح", "سياح", "ناخب",
                "ناخبين", "مسافر", "مسافرين", "صحفي", "صحفيين", "صحافي", "صحافيين", "مسعف", "مسعفين", "طبيب",
                "أطباء", "موظف", "موظفين", "شرطي", "عضو", "أعضاء", "متطوع", "متطوعين", "مستوطن", "مستوطنين", "ضابط",
                "ضباط", "شاب", "شبان", "تلميذ", "تلاميذ", "معلم", "معلمين", "رضيع", "رضع", "مسن", "مسنين", "مريض",
                "مرضى", "مهاجرا", "شرطيين", "عنصرا", "أفغاني", "روهينغا", "سجينا", "كردي", "أكراد", "تركي", "أتراك",
                "أمريكي", "أمريكيين", "إيراني", "إيرانيين", "مغربي", "مغاربة", "جزائري", "جزائريين", "تونسي",
                "تونسيين", "أردني", "أردنيين", "سعودي", "سعوديين", "مواطنا", "وافد", "وافدين", "مقيم", "مقيمين",
                "قوات", "نزيل", "نزلاء", "بحار", "بحارة", "مصل", "مصلين", "متهم", "متهمين", "متهمون", "مشتبه", "مطلوب",
                "مطلوبين");

        // what a page or a post counts: views, followers, likes, shares. After "حصد" or "قتل" they are still no
        // people and no money ("حصد الفيديو 48 مليون مشاهدة": 48 million views, not 48 million killed)
        nouns(Category.OTHER, "مشاهدة", "مشاهدات", "مشاهد", "مشاهدين", "مشاهدون", "متابع", "متابعين", "متابعون",
                "إعجاب", "إعجابات", "لايك", "تغريدة", "تغريدات", "تعليق", "تعليقات", "مشاركة", "مشاركات",
                "مشترك", "مشتركين", "مشتركون", "معجب", "معجبين", "معجبون", "زيارة", "زيارات", "نقرة", "نقرات",
                "تحميل", "تنزيل", "منشور", "منشورات", "ريتويت");

        context(Category.KILLED, "قتل", "قتلت", "مقتل", "استشهد", "استشهدت", "استشهاد", "لقي", "لقيت", "مصرع",
                "توفي", "وفاة", "قضى", "موت", "مات", "أودى", "أودت", "بحياة", "أرواح", "حصد", "حصدت", "أعدم",
                "إعدام", "اغتيال", "قتلى", "القتلى", "الشهداء", "الضحايا", "الوفيات", "القتيل", "سقوط", "يقتل",
                "تقتل", "قتلهم", "غرق");
        context(Category.INJURED, "أصيب", "أصيبت", "إصابة", "جرح", "جرحت", "إصابات", "المصابين", "الجرحى",
                "الإصابات", "المصابون", "يصاب");
        context(Category.DISPLACED, "نزح", "نزحت", "نزوح", "تهجير", "هجر", "تشريد", "شرد", "فرار", "فر", "لجوء",
                "النازحين", "النازحون", "اللاجئين", "اللاجئون", "المهجرين", "المشردين", "تشرد");
        context(Category.DETAINED, "اعتقل", "اعتقلت", "اعتقال", "اعتقالات", "احتجز", "احتجزت", "احتجاز", "أوقف",
                "أوقفت", "توقيف", "أسر", "أسرت", "اختطاف", "اختطف", "خطف", "المعتقلين", "الأسرى", "المحتجزين",
                "الرهائن", "المعتقلون", "السجناء", "يعتقل", "تعتقل", "احتجازهم", "اعتقالهم", "القبض", "حبس", "سجن");
        context(Category.MISSING, "فقد", "فقدان", "اختفاء", "المفقودين", "المفقودون");
        context(Category.PERCENT, "بنسبة", "نسبة", "نسبته", "نسبتها", "النسبة");
        context(Category.EVACUATED, "إجلاء", "أجلي", "أجلت", "إخلاء", "أخلت", "أخلي", "إجلائهم");

        after(Category.KILLED, "قتلوا", "قتلو", "استشهدوا", "لقوا", "توفوا", "قضوا", "ماتوا", "حتفهم");
        after(Category.INJURED, "أصيبوا", "جرحوا");
        // the same verbs in the dual, masculine and feminine, after a counted pair ("صحفيين اثنين قتلا")
        after(Category.KILLED, "قتلا", "قتلتا", "استشهدا", "استشهدتا", "لقيا", "لقيتا", "توفيا", "توفيتا",
                "قضيا", "قضتا", "ماتا", "ماتتا");
        // not جرحا: after a number it is mostly the noun, wounds ("14 جرحاً داخلياً")
        after(Category.INJURED, "أصيبا", "أصيبتا", "جرحتا");
        after(Category.DETAINED, "اعتقلا", "اعتقلتا", "احتجزا", "احتجزتا", "اختطفا", "اختطفتا");
        after(Category.DISPLACED, "نزحوا", "فروا", "شردوا", "هجروا");
        after(Category.DETAINED, "اعتقلوا", "احتجزوا", "أوقفوا", "أسروا", "اختطفوا");
        after(Category.MISSING, "فقدوا", "المفقودين", "مفقودين", "مفقودون");
        after(Category.EVACUATED, "أجلوا");
    }

    /** Time spans: a number counting them is a duration or an age, not a figure. */
    static final Set<String> TIME_UNITS = set("عام", "أعوام", "سنة", "سنوات", "سنين", "شهر", "أشهر", "شهور",
            "يوم", "أيام", "ساعة", "ساعات", "دقيقة", "دقائق", "ثانية", "ثوان", "ثواني", "أسبوع", "أسابيع", "عقد",
            "عقود", "قرن", "قرون", "ليلة", "ليال", "هدف", "أهداف", "عاما", "يوما", "شهرا", "أسبوعا");

    /** Fractions: "ثلاثة أرباع" is three quarters, not three of something. */
    static final Set<String> FRACTIONS = set("أرباع", "أثلاث", "أخماس", "أسداس", "أسباع", "أثمان", "أتساع",
            "أعشار", "ثلثي", "ثلثا", "ربعي");

    /** Words right before a number that make it a reference, a rank, a model or an age ("القرار رقم 2722"). */
    static final Set<String> REFERENCE = set("رقم", "القرار", "قرار", "المادة", "مادة", "البند", "بند", "الفقرة",
            "الفصل", "فصل", "الحلقة", "الدورة", "النسخة", "الجولة", "المرحلة", "الأسبوع", "المركز", "المرتبة",
            "الصفحة", "صفحة", "الطبعة", "الطريق", "طريق", "شارع", "الشارع", "الآية", "سورة", "المجموعة", "اللواء",
            "الكتيبة", "الفرقة", "الوحدة", "المبنى", "الغرفة", "القاعة", "البوابة", "المحطة", "الكيلو", "الكيلومتر",
            "الموسم", "الجيل", "القانون", "قانون", "المرسوم", "مرسوم", "القضية", "قضية", "الملف", "الرحلة", "رحلة",
            "الطائرة", "طائرة", "طراز", "إس", "اس", "إف", "سو", "ميغ", "كوفيد", "كورونا", "الساعة", "عمر", "عمره",
            "عمرها", "العمر", "بعمر", "عام", "العام", "لعام", "سنة", "السنة", "الأعوام", "عامي", "الكتاب", "الفيلم",
            "المؤتمر", "القمة", "بنتيجة", "النتيجة", "ت", "الهاتف", "هاتف", "الرقم", "منتخب", "نادي", "أبوللو",
            "الطابق", "الفئة", "قطاع", "المربع", "البلوك", "الحي", "المنزل", "الدائرة", "الولاية", "الخط",
            "القناة", "التردد", "الإصدار", "إصدار", "النسخه", "مجموعة", "قمة", "مجلس", "دول", "عيار", "الدقيقة",
            "دقيقة", "القرن", "آيفون", "ايفون", "جالاكسي", "غالاكسي", "بوينغ", "إيرباص", "ويندوز", "نكبة", "النكبة",
            "نكسة", "حرب", "الذكرى", "ذكرى", "اليوبيل", "الحلقة", "حلقة", "الجزء", "الموديل", "موديل", "صاروخ",
            "منظومة", "دبابة", "ميركافا", "تي", "سي", "بي", "الشوط", "المباراة", "الأسبوع", "الأسطول");

    /** Era markers after a year: "1445 هـ", "622 م", "1445 هجرية". */
    static final Set<String> ERA = set("ه", "هـ", "م", "هجري", "هجرية", "ميلادي", "ميلادية", "ق");

    /** Words that follow a clock time ("10 صباحا") or make a number part of a time. */
    static final Set<String> TIME_OF_DAY = set("صباحا", "صباحاً", "مساء", "مساءا", "ظهرا", "عصرا", "فجرا", "ليلا",
            "بتوقيت", "توقيت", "غرينتش", "ص", "ت");

    /** Words after a number that are no counted noun: particles, prepositions, conjunctions. */
    static final Set<String> NOT_COUNTED = set("في", "على", "من", "إلى", "الى", "عن", "مع", "منذ", "حتى", "خلال",
            "بعد", "قبل", "أن", "إن", "أنه", "إنه", "الذي", "التي", "الذين", "ما", "لا", "لم", "لن", "قد", "كما",
            "وفق", "وفقا", "بحسب", "حسب", "أو", "ثم", "بل", "هو", "هي", "هم", "فقط", "تقريبا", "آخرين", "آخرون",
            "أخرى", "آخر", "مقابل", "بينهم", "بينها", "منهم", "منها", "عند", "لدى", "نحو", "حوالي", "أكثر", "أقل",
            "وأكثر", "جراء", "بسبب", "إثر", "اثر", "داخل", "خارج", "بين", "ضمن", "عبر", "جديدة", "جديد",
            "إضافيين", "إضافية", "دون", "فوق", "تحت", "لكل", "كل", "بنسبة", "نسبة", "تم", "كان", "كانت", "وهو",
            "وهي", "لقي", "لقوا", "أمس", "اليوم", "شمال", "جنوب", "شرق", "غرب", "أيضا");

    /** "آخرين", "آخرون": "and 40 others" — the category comes from the verb before. */
    static final Set<String> OTHERS = set("آخرين", "آخرون", "آخرا", "آخر", "أخريات", "أخرى");

    /** Verbs of change: "ارتفع العدد من 30 إلى 40" is a new value, not a range. */
    static final Set<String> CHANGE = set("ارتفع", "ارتفعت", "ارتفاع", "زاد", "زادت", "قفز", "قفزت", "تراجع",
            "تراجعت", "انخفض", "انخفضت", "هبط", "هبطت", "صعد", "صعدت", "يرتفع", "ترتفع", "ارتفاع", "زيادة",
            "انخفاض", "تراجع", "رفع", "رفعت", "خفض", "خفضت");

    /** Words before a number that begin a range ("بين 30 و40"). */
    static final Set<String> RANGE_START = set("بين", "تتراوح", "يتراوح");

    /** Currency words and the ISO code they name alone; "" when the word alone does not say which country's. */
    static final Map<String, String> CURRENCY = new HashMap<>();
    /** Currency word (any form) → its singular ("دولارات" → "دولار"), the key of {@link #QUALIFIED}. */
    static final Map<String, String> CURRENCY_BASE = new HashMap<>();
    /** Currency word + qualifier ("ريال سعودي") → ISO code. */
    static final Map<String, String> QUALIFIED = new HashMap<>();

    static {
        currency("USD", "دولار", "دولارا", "دولارات", "الدولارات");
        currency("EUR", "يورو", "اليورو");
        currency("GBP", "إسترليني");
        currency("ILS", "شيكل", "شيقل", "شواكل", "شيكلا", "شيقلا");
        currency("RUB", "روبل", "روبلا");
        currency("CNY", "يوان");
        currency("JPY", "ين");
        currency("", "ريال", "ريالا", "ريالات");
        currency("", "جنيه", "جنيها", "جنيهات");
        currency("", "درهم", "درهما", "دراهم");
        currency("", "دينار", "دينارا", "دنانير");
        currency("", "ليرة", "ليرات");
        currency("", "فرنك", "فرنكا", "فرنكات");
        qualified("USD", "دولار", "أمريكي");
        qualified("USD", "دولار", "أميركي");
        qualified("CAD", "دولار", "كندي");
        qualified("AUD", "دولار", "أسترالي");
        qualified("SAR", "ريال", "سعودي");
        qualified("QAR", "ريال", "قطري");
        qualified("OMR", "ريال", "عماني");
        qualified("YER", "ريال", "يمني");
        qualified("IRR", "ريال", "إيراني");
        qualified("EGP", "جنيه", "مصري");
        qualified("SDG", "جنيه", "سوداني");
        qualified("GBP", "جنيه", "إسترليني");
        qualified("AED", "درهم", "إماراتي");
        qualified("MAD", "درهم", "مغربي");
        qualified("KWD", "دينار", "كويتي");
        qualified("JOD", "دينار", "أردني");
        qualified("BHD", "دينار", "بحريني");
        qualified("IQD", "دينار", "عراقي");
        qualified("TND", "دينار", "تونسي");
        qualified("DZD", "دينار", "جزائري");
        qualified("LYD", "دينار", "ليبي");
        qualified("LBP", "ليرة", "لبنانية");
        qualified("SYP", "ليرة", "سورية");
        qualified("TRY", "ليرة", "تركية");
        qualified("CHF", "فرنك", "سويسري");
    }

    /** A comparator phrase: the words right before a number. */
    record Phrase(String[] words, Comparison comparison) {
    }

    /** Longest phrases first, so that "لا يزيد على" wins over "يزيد على". */
    static final List<Phrase> BEFORE = new ArrayList<>();

    static {
        phrase(Comparison.AT_LEAST, "ما لا يقل عن", "لا يقل عن", "لا تقل عن", "ما لا يقل على", "لا يقل على",
                "على الأقل");
        phrase(Comparison.LESS_THAN, "لا يزيد على", "لا يزيد عن", "لا يتجاوز", "لا تتجاوز", "لم يتجاوز",
                "لم تتجاوز", "ما لا يزيد على", "ما لا يزيد عن", "أقل من", "ما دون", "دون", "أدنى من", "ما يقل عن",
                "يقل عن");
        phrase(Comparison.MORE_THAN, "أكثر من", "ما يزيد على", "ما يزيد عن", "يزيد على", "يزيد عن", "ما يفوق",
                "يفوق", "تفوق", "ما يتجاوز", "يتجاوز", "تتجاوز", "تجاوز", "تجاوزت", "ما يربو على", "يربو على",
                "يربو عن", "أزيد من", "فوق", "ما فوق", "أكثر من");
        phrase(Comparison.ABOUT, "نحو", "حوالي", "حوالى", "قرابة", "ما يقارب", "يقارب", "تقارب", "ما يقرب من",
                "يقرب من", "ما يناهز", "يناهز", "زهاء", "في حدود", "حدود", "تقريبا", "قرابه", "ما يعادل تقريبا");
        BEFORE.sort((a, b) -> b.words().length - a.words().length);
    }

    /** Comparators written after the figure ("20 شخصا على الأقل", "عشرون ونيف"). */
    static final List<Phrase> AFTER_FIGURE = new ArrayList<>();

    static {
        AFTER_FIGURE.add(new Phrase(split("على الأقل"), Comparison.AT_LEAST));
        AFTER_FIGURE.add(new Phrase(split("أو أكثر"), Comparison.AT_LEAST));
        AFTER_FIGURE.add(new Phrase(split("تقريبا"), Comparison.ABOUT));
        AFTER_FIGURE.add(new Phrase(split("ونيف"), Comparison.MORE_THAN));
        AFTER_FIGURE.add(new Phrase(split("ونيفا"), Comparison.MORE_THAN));
    }

    /**
     * The category a word gives in {@code map}, trying it as written, without a leading و or ف, without a
     * leading ب ل ك, without ال, and without a final tanween alif (شهيداً → شهيد).
     */
    static Category lookup(Map<String, Category> map, String w) {
        String found = find(map.keySet(), w);
        return found == null ? null : map.get(found);
    }

    /** The form of {@code w} (prefixes and tanween alif left out) that {@code words} holds, or null. */
    static String find(Set<String> words, String w) {
        if (w.isEmpty()) {
            return null;
        }
        if (words.contains(w)) {
            return w;
        }
        String s = w;
        if (s.length() > 3 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
            String r = find1(words, s.substring(1));
            if (r != null) {
                return r;
            }
            s = s.substring(1);
        }
        return find1(words, s);
    }

    private static String find1(Set<String> words, String s) {
        String r = find2(words, s);
        if (r != null) {
            return r;
        }
        if (s.length() > 3 && "بلك".indexOf(s.charAt(0)) >= 0) {
            if (s.startsWith("لل") && s.length() > 4) {
                r = find2(words, "ال" + s.substring(2));
                if (r != null) {
                    return r;
                }
            }
            return find2(words, s.substring(1));
        }
        return null;
    }

    private static String find2(Set<String> words, String s) {
        String r = find3(words, s);
        if (r != null) {
            return r;
        }
        if (s.startsWith("ال") && s.length() > 4) {
            return find3(words, s.substring(2));
        }
        return null;
    }

    private static String find3(Set<String> words, String s) {
        if (words.contains(s)) {
            return s;
        }
        if (s.length() > 3 && s.charAt(s.length() - 1) == 'ا' && words.contains(s.substring(0, s.length() - 1))) {
            return s.substring(0, s.length() - 1);
        }
        return null;
    }

    static boolean has(Set<String> words, String w) {
        return find(words, w) != null;
    }

    static String fold(String s) {
        return FoldedText.of(s).folded();
    }

    static String[] split(String phrase) {
        return fold(phrase).split(" ");
    }

    private static Set<String> set(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(fold(w));
        }
        return out;
    }

    private static void nouns(Category c, String... words) {
        for (String w : words) {
            NOUNS.put(fold(w), c);
        }
    }

    private static void context(Category c, String... words) {
        for (String w : words) {
            CONTEXT.put(fold(w), c);
        }
    }

    private static void after(Category c, String... words) {
        for (String w : words) {
            AFTER.put(fold(w), c);
        }
    }

    private static void currency(String code, String... words) {
        for (String w : words) {
            CURRENCY.put(fold(w), code);
            CURRENCY_BASE.put(fold(w), fold(words[0]));
        }
    }

    private static void qualified(String code, String currency, String qualifier) {
        QUALIFIED.put(fold(currency) + " " + fold(qualifier), code);
        String q = fold(qualifier);
        // "ليرة لبنانية" / "ليرة لبناني"; a qualifier with its feminine ending or without
        QUALIFIED.put(fold(currency) + " " + (q.endsWith("ه") ? q.substring(0, q.length() - 1) : q + "ه"), code);
    }

    private static void phrase(Comparison c, String... phrases) {
        for (String p : phrases) {
            BEFORE.add(new Phrase(split(p), c));
        }
    }
}
