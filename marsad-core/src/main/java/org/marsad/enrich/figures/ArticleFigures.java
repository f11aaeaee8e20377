package org.marsad.enrich.figures;

import java.time.LocalDate;
import java.util.List;
import org.marsad.arabic.figures.ArabicFigures;
import org.marsad.arabic.figures.Figure;
import org.marsad.model.Article;

/**
 * The figures stage of enrichment: an article's reported figures ({@link ArabicFigures}) found in its
 * {@link Article#figureText()}, with the article's publication day as the day of every figure whose sentence names
 * none. A pure function of the article's content, so the store runs it on every version it keeps.
 */
public final class ArticleFigures {
    /**
     * Version of the figure rules: raise it when {@link ArabicFigures} changes what it finds, and stored articles
     * get their figures again when their store is next opened by its owner.
     */
    // 2: sources after "عنه", no object taken for a source, longer منذ reach; 3: no source carried across a
    // paragraph break unless the new paragraph continues the quote; 4: the source a headline names before its colon
    // ("وزارة الصحة: 25 قتيلاً"); 5: a source's place read to the end of its construct chain ("متطوعون في غرفة
    // طوارئ الفاشر"), "شهود عيان" whole; 6: a dual verb after a counted pair gives its category ("صحفيين اثنين
    // قتلا": killed, was other); 7: "one" after its noun is no figure ("صحفي واحد قُتل"), a two after its noun counts
    // it ("صحفيين اثنين": counted صحفيين), no source read past a new clause ("…، فيما قال مسؤول"); 8 (a reader's
    // walk): views, followers and likes are no people ("48 مليون مشاهدة"); a part without its noun is counted by its
    // aside ("بينهم اثنان": counted بينهم, group part, was everyone); a word joined by و is no counted noun ("قتل
    // واحد وأصيب"); a dual number word that is a name is no figure ("الطفل ألفي إيفانز"); 9: a part named by a
    // nationality or a generic noun is a part ("بينهم 4 إيرانيين": group part, its text from the aside; the category
    // its whole's when that names one: "منهم 7 روس" killed, was other); 10 (review28): a rank and the name after it
    // are one source ("العقيد عامر السرطاوي", was "العقيد"); some of the injured who died are killed ("وفاة اثنين
    // من المصابين", was injured)
    public static final int VERSION = 10;

    private ArticleFigures() {
    }

    /** The figures of an article, in text order. */
    public static List<Figure> find(Article a) {
        LocalDate day = a.publishedDay().orElse(null);
        return ArabicFigures.find(a.figureText(), day);
    }

    /** The article with its figures found again from its text. */
    public static Article enrich(Article a) {
        return a.withFigures(find(a));
    }
}
