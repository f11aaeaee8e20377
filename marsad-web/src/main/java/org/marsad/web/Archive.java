package org.marsad.web;

import java.util.List;
import java.util.Optional;
import org.marsad.model.Article;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;

/**
 * What the web face reads: the stored articles and the search index over them. Every page, API route and feed is
 * built from these three questions, so the server never touches storage directly.
 */
public interface Archive {

    /** The stored article, or empty for an unknown id. */
    Optional<Article> article(String id);

    /**
     * Runs a search. A blank query matches every article (the front page and the outlet pages use that).
     *
     * @throws IllegalArgumentException when the query cannot be parsed (the user gets a 400 page)
     */
    SearchResults search(SearchRequest request);

    /** Articles most like the given one, best first, never the article itself. */
    List<SearchHit> similar(String id, int limit);
}
