package org.marsad.enrich.figures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.marsad.arabic.figures.CountedGroup;
import org.marsad.arabic.figures.Figure;
import org.marsad.enrich.story.HappeningPlace;
import org.marsad.model.Article;
import org.marsad.model.ArticleCsv;
import org.marsad.model.ArticleJson;
import org.marsad.model.FigureJson;
import org.marsad.model.PublishedDates;

/**
 * The reported figures of articles as a table for researchers ({@code marsad export --format figures}): one row per
 * figure, in the article's text order, with the article it was read from. The same columns as CSV (see
 * {@link ArticleCsv#record}: Excel-safe) and as one JSON object per line. A pure function of the stored article.
 */
public final class FigureTable {
    /**
     * The columns, in order. {@code published_utc}: the article's moment in UTC ("2018-04-01T02:56:52Z"), or its
     * day alone when its time or the time's offset is unknown; {@code group}: who the value counts ({@link
     * CountedGroup} key: "all", "journalists" …); {@code date}/{@code since}: the day the figure refers to and the
     * start of the period it covers; {@code place}: where the happening the article's headline reports took place
     * ({@link HappeningPlace}); {@code start}/{@code end}: the figure's offsets in the article's figure text (its
     * headline, a blank line, then its paragraphs separated by blank lines).
     */
    public static final List<String> COLUMNS = List.of("article_id", "published_utc", "source", "story", "category",
            "value", "value_max", "comparator", "vague", "unit", "counted", "group", "attribution", "date", "since",
            "place", "text", "start", "end", "title", "url");

    private FigureTable() {
    }

    /** The byte-order mark (Excel then reads the Arabic as UTF-8) and the header row. */
    public static String csvStart() {
        return ArticleCsv.BOM + ArticleCsv.record(COLUMNS);
    }

    /** The article's CSV rows, one per figure (none for an article without figures). */
    public static String csv(Article a) {
        return each(a, (f, place) -> ArticleCsv.record(Arrays.asList(a.id(), publishedUtc(a.published()), a.source(),
                a.story(), f.category().key(), plain(f.value()), plain(f.valueMax()),
                f.comparator() == null ? null : f.comparator().key(), String.valueOf(f.vague()), f.unit(),
                f.counted(), CountedGroup.of(f).key(), f.attribution(), day(f.date()), day(f.since()), place,
                f.text(), String.valueOf(f.start()), String.valueOf(f.end()), a.title(), a.url())));
    }

    /** The article's JSON lines, one object per figure with the keys of {@link #COLUMNS}, each ending in "\n". */
    public static String jsonLines(Article a) {
        return each(a, (f, place) -> json(a, f, place) + "\n");
    }

    // The article's rows in text order; the headline's place is read once for all of them.
    private static String each(Article a, BiFunction<Figure, String, String> row) {
        if (a.figures().isEmpty()) {
            return "";
        }
        String place = HappeningPlace.of(a.title());
        StringBuilder sb = new StringBuilder();
        for (Figure f : a.figures()) {
            sb.append(row.apply(f, place));
        }
        return sb.toString();
    }

    private static String json(Article a, Figure f, String place) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("article_id", a.id());
        o.put("published_utc", publishedUtc(a.published()));
        o.put("source", a.source());
        o.put("story", a.story());
        o.put("category", f.category().key());
        FigureJson.number(o, "value", f.value());
        FigureJson.number(o, "value_max", f.valueMax());
        o.put("comparator", f.comparator() == null ? null : f.comparator().key());
        o.put("vague", f.vague());
        o.put("unit", f.unit());
        o.put("counted", f.counted());
        o.put("group", CountedGroup.of(f).key());
        o.put("attribution", f.attribution());
        o.put("date", day(f.date()));
        o.put("since", day(f.since()));
        o.put("place", place);
        o.put("text", f.text());
        o.put("start", f.start());
        o.put("end", f.end());
        o.put("title", a.title());
        o.put("url", a.url());
        return o.toString();
    }

    /**
     * The moment as UTC ISO-8601 when the stored value has a time and an offset; its day when it is a day alone or
     * a time whose offset nobody knew; null when there is none (or it cannot be read).
     */
    static String publishedUtc(String published) {
        if (published == null) {
            return null;
        }
        var instant = PublishedDates.instant(published);
        if (instant.isPresent()) {
            return instant.get().withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
        }
        try {
            return PublishedDates.day(published).toString();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static String day(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }
}
