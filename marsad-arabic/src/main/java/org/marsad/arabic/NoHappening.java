package org.marsad.arabic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads whether a headline announces a piece that reports no single happening: a question («هل …؟», «لماذا …؟»),
 * an explainer («ماذا نعرف عن …», «كل ما تريد معرفته عن …»), an analysis or opinion piece («تحليل: …», «رأي: …»),
 * an interview («حوار مع …»), a profile («من هو …؟», «بروفايل: …»), a feature under a heading label («تقرير: …»,
 * «ملف: …»), or a digest of a day, a week or the papers («حصاد الأسبوع», «جولة في الصحف», «أبرز أحداث اليوم»). A
 * story is one happening; such a piece is written about a subject, and another outlet's piece on the same subject is
 * another piece, not a second report of one event (issue 20, bench README "Pieces with no single happening").
 *
 * <p>The cues are the genres of Arabic news pages, written from how outlets label their pieces, not from any
 * labelled pair. Words inside quotation marks («…», "…", “…”) are what someone said and are not read: «ناجٍ يسأل:
 * "لماذا نحن؟"» under a report of an attack asks nothing of the reader. Labels that are also ordinary words (تقرير,
 * ملف, حوار, قراءة, تعليق: a report, a file, talks, a reading, a suspension) count only as a heading label, a part of
 * the headline that is the label alone («تقرير: …», «… | حوار خاص»); a digest word that also opens news («جولة جديدة
 * من المفاوضات», «ملخص مباراة») counts only when the first part names a span of days or the news itself.
 */
public final class NoHappening {
    /** The genres of pieces that report no single happening. */
    public enum Genre {
        /** A question put to the reader: «هل …؟», «لماذا …», any headline ending in «؟» outside a quote. */
        QUESTION,
        /** What we know, all you need to know, facts about, get to know. */
        EXPLAINER,
        /** An analysis or a reading of something. */
        ANALYSIS,
        /** An opinion piece, a column, an editorial. */
        OPINION,
        /** An interview with someone, headed as one. */
        INTERVIEW,
        /** Who someone is: a profile, a life. */
        PROFILE,
        /** A feature under the heading label «تقرير» or «ملف». */
        FEATURE,
        /** A round-up of a day or a week, a press review, a timeline. */
        DIGEST
    }

    /** Quoted words: «…», "…", “…”. */
    private static final Pattern QUOTED = Pattern.compile("«[^«»]*»|\"[^\"]*\"|“[^“”]*”");

    /** Labels that head a headline as a part of their own («تحليل: …», «… | حوار خاص»). */
    private static final List<Map.Entry<Genre, List<List<String>>>> LABELS = List.of(
            Map.entry(Genre.ANALYSIS, ArticleKinds.phrases("تحليل", "تحليل إخباري", "قراءة", "قراءة سياسية")),
            Map.entry(Genre.OPINION, ArticleKinds.phrases("رأي", "مقال", "مقال رأي", "وجهة نظر", "تعليق",
                    "افتتاحية", "عمود", "كلمة")),
            Map.entry(Genre.INTERVIEW, ArticleKinds.phrases("حوار", "مقابلة", "لقاء")),
            Map.entry(Genre.PROFILE, ArticleKinds.phrases("بروفايل", "بورتريه", "سيرة", "سيرة ذاتية")),
            Map.entry(Genre.FEATURE, ArticleKinds.phrases("تقرير", "ملف", "تحقيق استقصائي", "قصة")),
            Map.entry(Genre.DIGEST, ArticleKinds.phrases("حصاد", "موجز", "ملخص", "نشرة", "جولة الصحافة",
                    "جولة في الصحف", "عرض الصحف", "تسلسل زمني", "محطات")));
    /** A word a label may carry after it and still be a label alone: «حوار خاص», «تقرير مصور». */
    private static final Set<String> QUALIFIERS = Set.copyOf(ArticleKinds.words("خاص خاصة إخباري خاصّ مصور مطول"
            + " حصري"));

    /** Openings of the first part that announce the genre with the words that follow («تحليل الضربة …»). */
    private static final List<Map.Entry<Genre, List<List<String>>>> OPENINGS = List.of(
            Map.entry(Genre.ANALYSIS, ArticleKinds.phrases("تحليل", "قراءة في", "ما وراء", "خلفيات")),
            Map.entry(Genre.OPINION, ArticleKinds.phrases("رأي", "مقال", "وجهة نظر")),
            Map.entry(Genre.INTERVIEW, ArticleKinds.phrases("حوار مع", "حوار خاص مع", "مقابلة مع", "مقابلة خاصة مع",
                    "لقاء مع", "لقاء خاص مع")),
            Map.entry(Genre.PROFILE, ArticleKinds.phrases("من هو", "من هي", "من هم", "بروفايل", "بورتريه",
                    "سيرة", "قصة حياة")),
            Map.entry(Genre.EXPLAINER, ArticleKinds.phrases("ماذا نعرف", "ما نعرفه", "ما لا تعرفه", "كل ما تريد",
                    "كل ما تحتاج", "كل ما يجب", "تعرف على", "تعرفوا على", "حقائق عن", "أرقام وحقائق", "معلومات عن",
                    "أسئلة وأجوبة", "ما هو", "ما هي", "إليك", "إليكم", "دليلك")),
            Map.entry(Genre.DIGEST, ArticleKinds.phrases("حصاد", "موجز", "نشرة", "عناوين الصحف", "الصحف", "صحف",
                    "في الصحف", "من الصحف", "جولة في الصحف", "جولة الصحافة", "عرض الصحف", "تسلسل زمني",
                    "بالتسلسل الزمني", "محطات", "أبرز المحطات")));
    /** Digest words that also open news: a digest only with a span of days or the news named in the first part. */
    private static final List<List<String>> SPAN_DIGESTS = ArticleKinds.phrases("أبرز", "أهم", "ملخص", "جولة");
    /** What a digest gathers: the day, the week, the year, the news, the papers, the events. */
    private static final Set<String> SPANS = Set.copyOf(ArticleKinds.words("اليوم يوم الأسبوع أسبوع الشهر شهر العام"
            + " عام السنة سنة الصباح المساء الليلة الأخبار أخبار أحداث الأحداث عناوين العناوين الصحف الصحافة خلال"));

    /** Question words that open a part: why, how, what, when, where, to where, for whom. */
    private static final List<List<String>> ASKING = ArticleKinds.phrases("هل", "لماذا", "كيف", "ماذا", "ما الذي",
            "متى", "أين", "إلى أين", "لمن", "بماذا", "ما مستقبل", "ما مصير", "ما سر", "ما حقيقة", "ما دلالات",
            "ما أسباب");
    /** The yes-or-no particle: it asks wherever it stands («بعد الانسحاب.. وهل يصمد الاتفاق»). */
    private static final String WHETHER = ArabicNormalizer.search("هل");

    private NoHappening() {
    }

    /**
     * The genre of piece a headline announces when it reports no single happening, or empty for a report.
     *
     * @param headline a headline as written; null or blank is a report
     */
    public static Optional<Genre> of(String headline) {
        if (headline == null || headline.isBlank()) {
            return Optional.empty();
        }
        String unquoted = QUOTED.matcher(headline).replaceAll(" ");
        List<List<String>> parts = ArticleKinds.parts(unquoted);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        for (List<String> part : parts) {
            Optional<Genre> label = labelAlone(part);
            if (label.isPresent()) {
                return label;
            }
        }
        List<String> first = parts.get(0);
        for (Map.Entry<Genre, List<List<String>>> e : OPENINGS) {
            if (ArticleKinds.opensWith(first, e.getValue())) {
                return Optional.of(e.getKey());
            }
        }
        if (ArticleKinds.opensWith(first, SPAN_DIGESTS) && first.stream().skip(1).anyMatch(SPANS::contains)) {
            return Optional.of(Genre.DIGEST);
        }
        if (asks(unquoted, parts)) {
            return Optional.of(Genre.QUESTION);
        }
        return Optional.empty();
    }

    /** True when a headline's words, read outside its quotes, end in or hold a question to the reader. */
    private static boolean asks(String unquoted, List<List<String>> parts) {
        if (unquoted.indexOf('؟') >= 0 || unquoted.indexOf('?') >= 0) {
            return true;
        }
        for (List<String> part : parts) {
            if (ArticleKinds.opensWith(part, ASKING)
                    || part.stream().anyMatch(w -> ArticleKinds.withoutConjunction(w).equals(WHETHER))) {
                return true;
            }
        }
        return false;
    }

    /** The genre of a part that is a heading label alone, with at most one qualifier after it. */
    private static Optional<Genre> labelAlone(List<String> part) {
        for (Map.Entry<Genre, List<List<String>>> e : LABELS) {
            for (List<String> label : e.getValue()) {
                boolean alone = part.size() == label.size()
                        || part.size() == label.size() + 1 && QUALIFIERS.contains(part.get(label.size()));
                if (alone && part.subList(0, label.size()).equals(label)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
