package org.marsad.web.view;

import java.util.List;

/**
 * The figures page: one category of the figures reported by a search's articles (or the whole archive's).
 *
 * @param heading    the page's heading
 * @param query      the search as typed, or ""
 * @param category   the category shown (its key)
 * @param from       the first day asked for (ISO), or ""
 * @param to         the last day asked for (ISO), or ""
 * @param categories one link per category, the shown one active
 * @param panel      the category's headlines, conflicts, chart and values; null when none was reported
 * @param limitText  a note when only the newest figures were read, else null
 * @param searchHref the articles of the same search
 * @param json       the same figures from the API
 * @param csv        the same figures as CSV
 */
public record FiguresView(String heading, String query, String category, String from, String to,
                          List<Link> categories, FigurePanel panel, String limitText, String searchHref,
                          String json, String csv) {
}
