package org.marsad.web.view;

import java.util.List;

/**
 * The followed sources of one category.
 *
 * @param category the category, or null for the sources without one
 * @param title    the heading to show ("اقتصاد", "بلا تصنيف")
 * @param href     the search for the category's articles, or null
 * @param sources  its sources, by name
 */
public record SourceGroup(String category, String title, String href, List<SourceView> sources) {
}
