package org.marsad.enrich.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.arabic.figures.Figure;
import org.marsad.model.Article;
import org.marsad.model.PublishedDates;

/**
 * A figure as one article reports it: the figure and where it was read.
 *
 * @param figure    the figure
 * @param articleId the article
 * @param title     the article's headline, or null
 * @param outlet    the outlet the article credits, or null
 * @param url       the article's URL, or null
 * @param published the article's publication date as stored (ISO-8601), or null
 */
public record FigureReport(Figure figure, String articleId, String title, String outlet, String url,
                           String published) {

    /** Every figure of a stored article, in text order. */
    public static List<FigureReport> of(Article a) {
        List<FigureReport> out = new ArrayList<>(a.figures().size());
        for (Figure f : a.figures()) {
            out.add(new FigureReport(f, a.id(), a.title(), a.source(), a.url(), a.published()));
        }
        return out;
    }

    /** The day the figure refers to: its own date, else the article's publication day; null when neither is known. */
    public LocalDate day() {
        if (figure.date() != null) {
            return figure.date();
        }
        return published == null ? null : PublishedDates.day(published);
    }
}
