package org.marsad.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results with the total match count and facet counts over all matches.
 *
 * @param facets facet name ("source", "tag", "month") to its top values with counts, most frequent first;
 *               month values are "YYYY-MM"
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    /** One facet value and how many matching articles carry it. */
    public record FacetCount(String value, long count) {
    }
}
