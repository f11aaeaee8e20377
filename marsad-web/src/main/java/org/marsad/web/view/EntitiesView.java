package org.marsad.web.view;

import java.util.List;

/**
 * The most mentioned entities of a type in a period.
 *
 * @param heading  the page's heading
 * @param type     the type parameter shown ({@code person}, {@code place}, {@code org}) or "" for any
 * @param from     the first day asked for (ISO), or ""
 * @param to       the last day asked for (ISO), or ""
 * @param types    one link per type (and "all"), the shown one active
 * @param entities the entities, most articles first: label the name, count the articles in the period
 * @param typeTexts each entity's type in Arabic, in the order of {@code entities}
 * @param prev     the previous page, or null
 * @param next     the next page, or null
 * @param apiHref  the same list from the API
 */
public record EntitiesView(String heading, String type, String from, String to, List<Link> types,
                           List<Link> entities, List<String> typeTexts, String prev, String next, String apiHref) {
}
