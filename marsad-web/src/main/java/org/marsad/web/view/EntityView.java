package org.marsad.web.view;

import java.util.List;
import org.marsad.web.chart.TimeChart;

/**
 * The page of one entity.
 *
 * @param name       its canonical spelling
 * @param typeText   its type in Arabic (شخص، مكان، منظمة)
 * @param countsText how many articles mention it, and how often
 * @param spellings  how the archive writes it, most used first, with mention counts
 * @param chart      mentions per day (or per month over a long span)
 * @param outlets    outlets whose articles mention it, with article counts, each linking to a search of the outlet
 * @param together   entities most often mentioned in the same articles, linking to their pages
 * @param articles   the latest articles that mention it
 * @param stories    the stories with the latest articles that mention it
 * @param searchHref a search for every spelling ({@code person:"…"})
 * @param watchHref  the watches page with that search as a new watch's query
 * @param apiHref    the entity in the API
 */
public record EntityView(String name, String typeText, String countsText, List<Link> spellings, TimeChart chart,
                         List<Link> outlets, List<Link> together, List<HitView> articles, List<StoryCard> stories,
                         String searchHref, String watchHref, String apiHref) {
}
