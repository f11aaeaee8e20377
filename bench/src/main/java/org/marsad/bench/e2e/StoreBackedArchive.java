package org.marsad.bench.e2e;

import java.util.List;
import java.util.Optional;
import org.marsad.model.Article;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;
import org.marsad.store.Archive;

/** The web face's view of a store archive, so the bench can serve the bench corpus in-process. */
record StoreBackedArchive(Archive archive) implements org.marsad.web.Archive {

    @Override
    public Optional<Article> article(String id) {
        return archive.store().get(id);
    }

    @Override
    public SearchResults search(SearchRequest request) {
        return archive.search(request);
    }

    @Override
    public List<SearchHit> similar(String id, int limit) {
        return archive.similar(id, limit);
    }
}
