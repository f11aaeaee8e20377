package org.marsad.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results with the total match count and facet counts over all matches.
 *
 * @param facets facet name ("source", "tag", "month", "person", "place", "org") to its top ten values with counts,
 *               most frequent first (month values are "YYYY-MM"); and "date" to every publication day with matches
 *               ("YYYY-MM-DD", as the pages date them), oldest first, and "hour" to every UTC hour with matches
 *               ("YYYY-MM-DDTHH", articles with a known time only), oldest first, counted only when the matched
 *               days span at most {@link ArticleIndexing#HOURLY_DAYS} days (else empty); only the facets the search
 *               asked for ({@link FacetSet}) are present
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    /** One facet value and how many matching articles carry it. */
    public record FacetCount(String value, long count) {
    }
}
