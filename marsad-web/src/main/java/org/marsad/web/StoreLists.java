package org.marsad.web;

import java.util.Optional;
import org.marsad.search.FacetSet;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;
import org.marsad.store.Archive;
import org.marsad.web.view.Present;

/**
 * The lists the store answers while the search index is rebuilt with no old index to read: the newest articles by
 * date, of one outlet or one tag at most, with no query, day range or counts. The front page, the outlet and tag
 * pages, the feeds and {@code /api/articles} use it, so that a reader or a feed poller gets the news meanwhile; what
 * needs the index (a query, a day range, facets) is still refused with 503.
 */
final class StoreLists {
    /** The response header a list read from the store carries meanwhile, with the value {@link #FROM_STORE}. */
    static final String HEADER = "X-Marsad-Listed-From";
    static final String FROM_STORE = "store; index rebuilding";

    private StoreLists() {
    }

    /**
     * The store's answer to {@code req} when nothing can be searched now and the store can give what the index would
     * (the same articles in the same date order); empty when the index is to answer (or refuse).
     */
    static Optional<SearchResults> whileRebuilt(Archive archive, SearchRequest req, FacetSet facets) {
        boolean plainList = req.query().isBlank() && req.from() == null && req.to() == null
                && req.sort() == SearchRequest.Sort.DATE && (req.source() == null || req.tag() == null)
                && facets.none();
        if (!plainList || archive.searchable()) {
            return Optional.empty();
        }
        return Optional.of(openingsCut(archive.newestStored(req.source(), req.tag(), req.limit(), req.offset())));
    }

    // Hits read from the store carry their whole opening paragraph; a list shows its start, as for other articles.
    static SearchResults openingsCut(SearchResults r) {
        return new SearchResults(r.total(), r.hits().stream().map(h -> new SearchHit(h.id(), h.title(), h.source(),
                h.published(), h.url(), Present.opening(h.snippet()), h.highlights(), h.score(), h.story(),
                h.duplicateOf())).toList(), r.facets());
    }
}
