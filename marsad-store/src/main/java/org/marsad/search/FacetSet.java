package org.marsad.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which facets a search counts: only what the asking route shows. Counting costs — on a Solr cluster the day facet
 * (every publication day with matches, each returned) was the largest part of a search's CPU — so a feed or an API
 * search without facet parameters asks for none, and the front page for the two lists it shows.
 *
 * @param names facets of {@link ArticleIndexing#FACETS} to count; the others come back absent from
 *              {@link SearchResults#facets()}
 */
public record FacetSet(Set<String> names) {
    /** No facets: {@link SearchResults#facets()} is empty. */
    public static final FacetSet NONE = new FacetSet(Set.of());
    /** Every facet of {@link ArticleIndexing#FACETS}, the day and hour facets of coverage charts included. */
    public static final FacetSet ALL = new FacetSet(Set.copyOf(ArticleIndexing.FACETS));

    public FacetSet {
        names = Set.copyOf(names);
        for (String n : names) {
            if (!ArticleIndexing.FACETS.contains(n)) {
                throw new IllegalArgumentException("no facet '" + n + "'");
            }
        }
        // Whether hours are counted depends on the span of the days: no hours without days.
        if (names.contains(ArticleIndexing.HOUR_FACET) && !names.contains(ArticleIndexing.DATE_FACET)) {
            throw new IllegalArgumentException("the hour facet needs the date facet");
        }
    }

    /** These facets of {@link ArticleIndexing#FACETS}. */
    public static FacetSet of(String... names) {
        return new FacetSet(new LinkedHashSet<>(List.of(names)));
    }

    /** Whether this set counts the facet {@code name}. */
    public boolean counts(String name) {
        return names.contains(name);
    }

    /** Whether it counts nothing. */
    public boolean none() {
        return names.isEmpty();
    }
}
