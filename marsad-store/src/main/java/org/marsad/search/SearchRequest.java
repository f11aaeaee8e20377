package org.marsad.search;

import java.time.LocalDate;

/**
 * One search: a query in Marsad's query language plus the structured filters the API and web pages pass
 * separately (they combine with the query's own {@code source:}/{@code tag:}/{@code from:}/{@code to:} filters by AND).
 *
 * @param query  the query text; blank means every article
 * @param source only articles credited to this outlet, or null
 * @param tag    only articles with this tag, or null
 * @param from   only articles published on or after this day, or null
 * @param to     only articles published on or before this day, or null
 * @param sort   ranking order
 * @param limit  page size (1 … 100)
 * @param offset hits to skip
 */
public record SearchRequest(String query, String source, String tag, LocalDate from, LocalDate to, Sort sort,
                            int limit, int offset) {

    /**
     * Ranking order of search results: by relevance, newest first ({@code DATE}), or oldest first ({@code OLDEST}).
     * Articles of unknown date come last in both date orders (unknown is not "oldest").
     */
    public enum Sort { RELEVANCE, DATE, OLDEST }

    /**
     * The deepest result a search pages to (offset + limit), in the API and the CLI alike: ranking deeper costs
     * more with every page; an export writes every match without it.
     */
    public static final int MAX_DEPTH = 10_000;

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, Sort.RELEVANCE, 10, 0);
    }

    /**
     * Whether a stored source or tag name is the one a {@link #source} or {@link #tag} filter names: the index compares
     * them folded (hamza forms, case, spacing), and a list read from the store must match the same names.
     */
    public static boolean sameName(String filter, String stored) {
        return stored != null && ArticleDocuments.key(filter).equals(ArticleDocuments.key(stored));
    }
}
