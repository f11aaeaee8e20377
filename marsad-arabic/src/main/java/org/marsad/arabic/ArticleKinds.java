package org.marsad.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads what kind of article a headline (and, for a commentary, its opening sentence) announces: a report of a deed or
 * statement, or a piece written beside one — a question about what may come («هل تقود المحادثات إلى سلام؟»), an
 * analysis or opinion («قراءة في …», «تحليل: …»), an explainer or profile («من هو …؟», «ماذا نعرف عن …»,
 * «لماذا …؟»), a gallery («بالصور: …», «شاهد.. …»), or a round-up («أبرز …», «ردود فعل …», «محطات …»). Two reports of
 * one happening are reports; a piece beside it is another article of the subject, which the labelling rulings count
 * as the same event only when it is pegged to the happening within two days. Cues are read in the headline's
 * {@link ArabicNormalizer#search} form, as whole words; a question word counts only at the opening of the headline or
 * of one of its parts (after «:», «..», «|», «-») or in a headline that asks (ends a part with «؟»), so that «كيف» or
 * «أبرز» inside a report's sentence does not make it a piece; a label that is also a report's noun («تعليق»: a
 * suspension, «تحليل») counts only as a heading label, a part of its own, and «أبرز» opening a sentence with a verb
 * («أبرز المرشحين ينسحب») is that sentence's subject, not a round-up.
 */
public final class ArticleKinds {
    /** The kinds, from a report to the pieces written beside one. */
    public enum Kind {
        /** A report of a deed, a statement or a result: what most news is. */
        REPORT,
        /** A question about what may come or what something means («هل …؟», «إلى أين …»): speculation. */
        SPECULATION,
        /** An analysis, a reading or an opinion piece. */
        ANALYSIS,
        /** An explainer or a profile: who is, what is, why, how, what we know. */
        EXPLAINER,
        /** Pictures or a video of something, or an infographic. */
        GALLERY,
        /** Highlights, reactions gathered, a timeline, figures and facts. */
        ROUNDUP;

        /** True for the kinds that argue about a happening rather than show or explain it. */
        public boolean speculates() {
            return this == SPECULATION || this == ANALYSIS;
        }
    }

    /** What separates a headline's words (letters and digits are words). */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Where a headline's part ends: a colon, two dots, a bar, a dash, a question or exclamation mark. */
    private static final Pattern PART_END = Pattern.compile("\\s*(?::|\\.\\.+|\\||\\s[-–—]\\s|[؟?!])\\s*");

    /** The yes-or-no question particle: a headline that asks it speculates wherever it stands. */
    private static final Set<String> WHETHER = fold(List.of("هل"));
    /** Openings of speculation: where to, what after, the scenarios, the chances. */
    private static final List<List<String>> SPECULATING = phrases("إلى أين", "الى اين", "ماذا بعد", "ما مستقبل",
            "ما هو مستقبل", "سيناريوهات", "احتمالات");
    /** Openings of an analysis or opinion piece. */
    private static final List<List<String>> ANALYSING = phrases("قراءة في", "وجهة نظر", "ما وراء", "خلفيات");
    /**
     * Labels of an analysis or opinion piece that are also the nouns of a report («تعليق الرحلات»: a suspension of
     * flights; «تحليل مخابراتي يكشف …»: an intelligence analysis reported): they count only as a heading label, a
     * part of their own beside the headline's other part («تحليل: …», «رأي.. …», «… | تعليق»).
     */
    private static final List<List<String>> ANALYSIS_LABELS = phrases("تحليل", "تحليلات", "رأي", "مقال", "تعليق");
    /** Phrases of an explainer or profile. */
    private static final List<List<String>> EXPLAINING = phrases("من هو", "من هي", "من هم", "ما هو", "ما هي",
            "ما هم", "ماذا نعرف", "ما نعرفه", "ما الذي", "ماذا", "لماذا", "كيف", "تعرف على", "تعرفوا على", "إليك",
            "إليكم", "أسباب", "حقائق عن");
    /** Openings of a gallery. */
    private static final List<List<String>> SHOWING = phrases("بالصور", "بالفيديو", "صور", "فيديو", "شاهد",
            "شاهدوا", "إنفوغرافيك", "انفوجرافيك", "انفوجراف", "إنفوجراف", "فيديوغراف", "فيديو غرافيك", "موشن غرافيك");
    /** «عيان» after «شاهد»: an eyewitness, who reports, not "watch". */
    private static final String EYE = ArabicNormalizer.search("عيان");
    /** Openings of a round-up or a timeline. */
    private static final List<List<String>> GATHERING = phrases("ردود فعل", "ردود الفعل", "بالأرقام",
            "أرقام وحقائق", "تسلسل زمني", "جولة في الصحف", "سيرة");
    /**
     * Openings of a round-up that also open a report's sentence as its subject («أبرز المرشحين ينسحب من السباق»: the
     * leading candidate withdraws): a round-up only when the part is a heading, not a sentence — no word after the
     * opening is a verb in the imperfect ({@link #predicate}).
     */
    private static final List<List<String>> GATHERING_SUBJECTS = phrases("أبرز", "محطات");
    /** Openings of an opinion piece's first sentence: the writer speaks as a writer. */
    private static final List<List<String>> WRITER_SPEAKS = phrases("يرى الكاتب", "يقول الكاتب", "يتساءل الكاتب",
            "في هذا المقال", "في مقال");

    private ArticleKinds() {
    }

    /**
     * The kind of article a headline announces; the opening sentence is read only for a writer speaking as one
     * («في مقال …», «يرى الكاتب …»), which makes a report-looking headline an analysis.
     *
     * @param headline the headline as written; null or blank reads as a report
     * @param lead     the body's first sentence, or null
     */
    public static Kind of(String headline, String lead) {
        Kind kind = ofHeadline(headline);
        if (kind == Kind.REPORT && lead != null && opensWith(words(lead), WRITER_SPEAKS)) {
            return Kind.ANALYSIS;
        }
        return kind;
    }

    private static Kind ofHeadline(String headline) {
        if (headline == null || headline.isBlank()) {
            return Kind.REPORT;
        }
        String folded = ArabicNormalizer.search(headline);
        boolean asks = folded.indexOf('؟') >= 0 || folded.indexOf('?') >= 0;
        List<List<String>> parts = parts(headline);
        for (List<String> part : parts) {
            for (String w : part) {
                if (WHETHER.contains(withoutConjunction(w))) {
                    return Kind.SPECULATION;
                }
            }
        }
        // The first part's kind wins («بالصور: القمة …», «فيديو غرافيك: كيف …»); a question word may also stand
        // anywhere in a headline that asks («السعودية تطلق برنامجا.. ما هي أهدافه؟»).
        for (List<String> part : parts) {
            Kind k = opening(part, parts.size() > 1);
            if (k != Kind.REPORT) {
                return k;
            }
        }
        if (asks) {
            for (List<String> part : parts) {
                for (int i = 0; i < part.size(); i++) {
                    if (startsAt(part, i, SPECULATING)) {
                        return Kind.SPECULATION;
                    }
                    if (startsAt(part, i, EXPLAINING)) {
                        return Kind.EXPLAINER;
                    }
                }
            }
        }
        return Kind.REPORT;
    }

    /**
     * The words of each part of a headline in search form (split at «:», «..», «|», a spaced dash, «؟», «!»), the
     * empty parts left out.
     */
    static List<List<String>> parts(String headline) {
        List<List<String>> parts = new ArrayList<>();
        for (String p : PART_END.split(ArabicNormalizer.search(headline))) {
            List<String> w = words(p);
            if (!w.isEmpty()) {
                parts.add(w);
            }
        }
        return parts;
    }

    /**
     * The kind a part's opening words announce, or {@link Kind#REPORT} for none; {@code beside} is true when the part
     * stands beside another part of the headline.
     */
    private static Kind opening(List<String> part, boolean beside) {
        if (opensWith(part, SPECULATING)) {
            return Kind.SPECULATION;
        }
        if (opensWith(part, ANALYSING) || beside && part.size() == 1 && opensWith(part, ANALYSIS_LABELS)) {
            return Kind.ANALYSIS;
        }
        if (opensWith(part, SHOWING) && !(part.size() > 1 && part.get(1).equals(EYE))) {
            return Kind.GALLERY;
        }
        if (opensWith(part, GATHERING) || opensWith(part, GATHERING_SUBJECTS) && !predicate(part)) {
            return Kind.ROUNDUP;
        }
        if (opensWith(part, EXPLAINING)) {
            return Kind.EXPLAINER;
        }
        return Kind.REPORT;
    }

    /**
     * True when a word after the part's first is a verb in the imperfect third person masculine («ينسحب», «يفوز»,
     * «يعلن»), the form a headline's sentence takes: «ي» and at least three letters more, not one of the few nouns so
     * written (a day, the months). A past verb («انسحب») is not seen: such a headline still reads as a round-up.
     */
    static boolean predicate(List<String> part) {
        for (int i = 1; i < part.size(); i++) {
            String w = withoutConjunction(part.get(i));
            if (w.length() >= 4 && w.charAt(0) == 'ي' && !NOT_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Words written like an imperfect verb that are nouns: a day, the months, Yemen's and Japan's names. */
    private static final Set<String> NOT_VERBS = fold(List.of("يوما", "يومين", "يومية", "يناير", "يونيو", "يوليو",
            "يونيه", "يوليه", "يمنية", "يابان", "يابانية", "يونانية", "يهود", "يهودية", "يورو"));

    static boolean opensWith(List<String> words, List<List<String>> phrases) {
        return startsAt(words, 0, phrases);
    }

    /** True when one of the phrases is written at position {@code at} (its first word may carry و or ف). */
    static boolean startsAt(List<String> words, int at, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            if (at + p.size() > words.size()) {
                continue;
            }
            boolean all = true;
            for (int j = 0; j < p.size() && all; j++) {
                String w = words.get(at + j);
                all = w.equals(p.get(j)) || j == 0 && withoutConjunction(w).equals(p.get(j));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The word without an attached «و» or «ف» («وهل», «فلماذا»), or the word itself when too short to carry one. */
    static String withoutConjunction(String w) {
        return w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_WORD.split(ArabicNormalizer.search(text))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static List<List<String>> phrases(String... phrases) {
        List<List<String>> out = new ArrayList<>();
        for (String p : phrases) {
            out.add(words(p));
        }
        return List.copyOf(out);
    }

    private static Set<String> fold(List<String> words) {
        return words.stream().map(ArabicNormalizer::search).collect(Collectors.toUnmodifiableSet());
    }
}
