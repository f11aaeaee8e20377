package org.marsad.store;

import java.util.List;
import org.marsad.model.Article;
import org.marsad.search.EntityNames;
import org.marsad.search.FacetSet;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;

/**
 * An index that passes every call a {@link SearchIndex} must implement to another, for tests that put themselves
 * between the archive and its index (to hold a commit, or to run another writer's changes mid-call) and override only
 * that call. The interface's default methods are not forwarded: a test that needs one (the index's analysis version,
 * concurrent writes) forwards it itself, so what the archive sees of the wrapper is each test's own choice.
 */
abstract class ForwardingIndex implements SearchIndex {
    protected final SearchIndex to;

    ForwardingIndex(SearchIndex to) {
        this.to = to;
    }

    @Override
    public void put(Article article) {
        to.put(article);
    }

    @Override
    public void delete(String id) {
        to.delete(id);
    }

    @Override
    public void refresh() {
        to.refresh();
    }

    @Override
    public void clear() {
        to.clear();
    }

    @Override
    public void commit(String storeId, long storeSeq) {
        to.commit(storeId, storeSeq);
    }

    @Override
    public IndexState state() {
        return to.state();
    }

    @Override
    public void entityNames(EntityNames names) {
        to.entityNames(names);
    }

    @Override
    public long documentsWithWord(String word) {
        return to.documentsWithWord(word);
    }

    @Override
    public long count() {
        return to.count();
    }

    @Override
    public SearchResults search(SearchRequest request, FacetSet facets) {
        return to.search(request, facets);
    }

    @Override
    public List<String> matchingIds(SearchRequest request) {
        return to.matchingIds(request);
    }

    @Override
    public List<SearchHit> similar(String id, int limit) {
        return to.similar(id, limit);
    }

    @Override
    public boolean writable() {
        return to.writable();
    }

    @Override
    public void close() {
        to.close();
    }
}
