package org.marsad.store.figures;

import java.time.LocalDate;
import java.util.Set;
import org.marsad.arabic.figures.Category;

/**
 * Which stored figures to list.
 *
 * @param articles only figures of these articles (e.g. the matches of a search), or null for every article
 * @param category only this category, or null
 * @param from     only figures that refer to this day or later, or null
 * @param to       only figures that refer to this day or earlier, or null
 * @param withVague whether vague quantities (عشرات، مئات) are listed
 * @param limit    at most this many
 * @param offset   figures to skip
 */
public record FigureQuery(Set<String> articles, Category category, LocalDate from, LocalDate to, boolean withVague,
                          int limit, int offset) {
    public FigureQuery {
        articles = articles == null ? null : Set.copyOf(articles);
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
    }
}
