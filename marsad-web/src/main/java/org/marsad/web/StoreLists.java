package org.marsad.web;

import java.util.Optional;
import org.marsad.search.FacetSet;
import org.marsad.search.IndexUnavailable;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;
import org.marsad.store.Archive;
import org.marsad.web.view.Present;

/**
 * The lists the store answers while the search index is rebuilt with no old index to read, or cannot be reached (a
 * shared index's nodes all down): the newest articles by date, of one outlet or one tag at most, with no query, day
 * range or counts. The front page, the outlet and tag pages, the feeds and {@code /api/articles} use it, so that a
 * reader or a feed poller gets the news meanwhile; what needs the index (a query, a day range, facets) is still
 * refused with 503.
 */
final class StoreLists {
    /**
     * The response header a list read from the store carries meanwhile, with the value {@link #FROM_STORE} (a
     * rebuild) or {@link #FROM_STORE_UNREACHABLE}: the body is the same JSON or feed as the index's answer.
     */
    static final String HEADER = "X-Marsad-Listed-From";
    static final String FROM_STORE = "store; index rebuilding";
    static final String FROM_STORE_UNREACHABLE = "store; index unreachable";

    private StoreLists() {
    }

    /** A list and where it was read: {@code from} is null for the index, else the {@link #HEADER} value. */
    record Listed(SearchResults results, String from) {
    }

    /**
     * The answer to {@code req}: from the store while nothing can be searched or the index cannot be reached and the
     * request is a {@linkplain #plainList plain list}, else from the index.
     *
     * @throws org.marsad.search.IndexUnavailable when the index cannot be reached and only it can answer (a query)
     */
    static Listed answer(Archive archive, SearchRequest req, FacetSet facets) {
        Optional<SearchResults> stored = whileRebuilt(archive, req, facets);
        if (stored.isPresent()) {
            return new Listed(stored.get(), FROM_STORE);
        }
        try {
            return new Listed(archive.search(req, facets), null);
        } catch (IndexUnavailable e) {
            if (!plainList(req, facets)) {
                throw e;
            }
            return new Listed(newest(archive, req), FROM_STORE_UNREACHABLE);
        }
    }

    /**
     * The store's answer to {@code req} when nothing can be searched now and the store can give what the index would
     * (the same articles in the same date order); empty when the index is to answer (or refuse).
     */
    static Optional<SearchResults> whileRebuilt(Archive archive, SearchRequest req, FacetSet facets) {
        if (!plainList(req, facets) || archive.searchable()) {
            return Optional.empty();
        }
        return Optional.of(newest(archive, req));
    }

    /** Whether the store gives what the index would: newest first, no query, no days, one outlet or tag, no counts. */
    private static boolean plainList(SearchRequest req, FacetSet facets) {
        return req.query().isBlank() && req.from() == null && req.to() == null
                && req.sort() == SearchRequest.Sort.DATE && (req.source() == null || req.tag() == null)
                && facets.none();
    }

    private static SearchResults newest(Archive archive, SearchRequest req) {
        return openingsCut(archive.newestStored(req.source(), req.tag(), req.limit(), req.offset()));
    }

    // Hits read from the store carry their whole opening paragraph; a list shows its start, as for other articles.
    static SearchResults openingsCut(SearchResults r) {
        return new SearchResults(r.total(), r.hits().stream().map(h -> new SearchHit(h.id(), h.title(), h.source(),
                h.published(), h.url(), Present.opening(h.snippet()), h.highlights(), h.score(), h.story(),
                h.duplicateOf())).toList(), r.facets());
    }
}
