package org.marsad.arabic.figures;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether a sentence is the writer's own narration: it opens with a verb joined by و or ف that reports nothing
 * («وزاد», «وأغلق», «ويبلغ») followed by a subject of its own («وزاد احتياطي مصر …», «وأغلق المؤشر …»). Such a
 * sentence tells what happened, so a figure in it is not the previous sentence's speaker's: a speaker's words go on
 * with «وأضاف أن», not with a new subject. A sentence inside quotation marks is still the speaker's.
 */
final class Narration {
    private Narration() {
    }

    /**
     * Past and present forms of frequent verbs of what happened (markets, tolls, sport, politics), never of saying.
     * Only third person: «وسنطرح» and «وكنا» are a speaker's own words. Not the verbs of a toll («وأصيب 10
     * آخرون», «وأسفر الهجوم عن مقتل …»), whose figure usually goes on with the count the speaker before gave.
     */
    private static final Set<String> DEEDS = forms(
            "زاد", "زادت", "يزيد", "تزيد", "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "انخفض", "انخفضت", "ينخفض", "تنخفض",
            "تراجع", "تراجعت", "يتراجع", "صعد", "صعدت", "يصعد", "تصعد", "هبط", "هبطت", "يهبط", "تهبط", "قفز",
            "قفزت", "نما", "نمت", "ينمو", "تنمو", "بلغ", "بلغت", "يبلغ", "تبلغ", "تجاوز", "تجاوزت", "يتجاوز",
            "تتجاوز", "أغلق", "أغلقت", "أنهى", "أنهت", "أنهي", "افتتح", "افتتحت", "استقر", "استقرت", "سجل", "سجلت",
            "فرض", "فرضت", "يفرض", "تفرض", "ألغى", "ألغت", "ألغي", "أطلق", "أطلقت", "فاز", "فازت", "خسر", "خسرت", "حقق", "حققت", "أحرز", "أحرزت", "شارك", "شاركت",
            "واصل", "واصلت", "وافق", "وافقت", "وضع", "وضعت", "أجرى", "أجرت", "أجري", "انتهى", "انتهت", "انتهي", "بات",
            "باتت", "عاد", "عادت", "عانى", "عانت", "عاني", "صنع", "صنعت", "يسيطر", "تسيطر", "سيطر", "سيطرت", "يملك",
            "تملك", "امتلك", "يشكل", "تشكل", "شكل", "شكلت", "يضم", "تضم", "ضم", "ضمت", "يحتاج", "تحتاج", "يتيح",
            "تتيح", "يعيش", "تعيش", "يقيم", "يعمل", "تعمل", "استقبل", "استقبلت", "دخل", "دخلت", "خرج", "خرجت");

    private static Set<String> forms(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(Lexicon.fold(w));
        }
        return out;
    }

    /**
     * Whether the sentence starting at token {@code start} opens with و/ف and a verb of {@link #DEEDS}, then (past a
     * time: «وانتهت أمس عملية الإجلاء») a word that can be its subject rather than what the verb reaches by a
     * preposition («ووافق على المساهمة»: he, the speaker before, agreed), outside quotation marks.
     */
    static boolean opens(Tokens t, int start) {
        String w = t.word(start);
        if (!t.get(start).word() || w.length() < 4 || "وف".indexOf(w.charAt(0)) < 0
                || !DEEDS.contains(w.substring(1))) {
            return false;
        }
        int j = start + 1;
        while (j < t.size() && t.sameSentence(start, j) && t.get(j).word() && Attributions.isTime(t.word(j))) {
            j++;
        }
        if (j >= t.size() || !t.sameSentence(start, j) || !t.get(j).word()) {
            return false;
        }
        String subject = t.word(j);
        return !NOT_SUBJECT.contains(subject) && !subject.startsWith("بال") && !subject.startsWith("لل")
                && !says(t, j) && !quoted(t, start);
    }

    /**
     * Whether the verb, its subject starting at token {@code j}, is one of saying after all: «وزاد» is also «he
     * added». So it is when «saying» follows it or its first word («وزاد قائلا إن …», «وزاد عليها قائلا»), or «that»
     * follows a subject of one or two words («وزاد الوزير أن …», «وزاد وزير المالية أن …»), never past a word that
     * opens what the verb reaches («وزاد التوتر منذ أن …»).
     */
    private static boolean says(Tokens t, int j) {
        if (SAYING.contains(t.word(j)) || t.sameSentence(j, j + 1) && SAYING.contains(t.word(j + 1))) {
            return true;
        }
        for (int k = j + 1; k <= j + 2 && k < t.size() && t.sameSentence(j, k) && t.get(k).word(); k++) {
            if (THAT.contains(t.word(k))) {
                return true;
            }
            if (NOT_SUBJECT.contains(t.word(k))) {
                return false;
            }
        }
        return false;
    }

    /** Adverbs of saying: «قائلا», «مضيفا», «موضحا» (their tanween is folded away). */
    private static final Set<String> SAYING = forms("قائلا", "قائلة", "مضيفا", "مضيفة", "موضحا", "موضحة",
            "متابعا", "متابعة");

    /** «that» after a verb of saying. */
    private static final Set<String> THAT = forms("أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "بأنه", "بأنها");

    /** Words after the verb that open its object or what it reaches, not a subject. */
    private static final Set<String> NOT_SUBJECT = forms("على", "إلى", "الى", "في", "من", "عن", "مع", "أن", "إن",
            "ان", "أنه", "إنه", "بأن", "عند", "لدى", "نحو", "بنسبة", "حتى", "منذ", "خلال", "بعد", "قبل", "لا", "لم");

    /** Whether the sentence holds an odd count of straight quotes, or a closing mark with no opening one. */
    private static boolean quoted(Tokens t, int start) {
        int end = start;
        while (end + 1 < t.size() && t.sameSentence(start, end + 1)) {
            end++;
        }
        String s = t.original().substring(t.get(start).os(), Math.min(t.original().length(), t.get(end).oe() + 2));
        int straight = 0;
        int opening = 0;
        int closing = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '«' || c == '“') {
                opening++;
            } else if (c == '»' || c == '”') {
                closing++;
            }
        }
        return straight % 2 == 1 || closing > opening;
    }
}
