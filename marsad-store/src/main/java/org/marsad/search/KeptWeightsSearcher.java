package org.marsad.search;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.Weight;

/**
 * A searcher that keeps the scoring weights it built, for as long as it serves: the same query asked again of the
 * same reader (the next page, another reader of the same search, the proximity bonus of a kept query) reuses the
 * weight instead of looking each of its terms up in the terms dictionary again and computing its statistics (a
 * tenth of an API search's CPU). A weight depends only on the query and this searcher's reader, and Lucene shares
 * one weight between threads; a new reader comes with a new searcher, so nothing kept outlives its reader.
 *
 * <p>Only weights that score are kept: the non-scoring ones pass through Lucene's query cache, whose policy counts
 * each weight's first use, so a kept one would be counted once. At most {@link #MOST} weights are kept. Thread safe.
 */
final class KeptWeightsSearcher extends IndexSearcher {
    /** Weights kept at most (whole queries and their clauses); past this the kept ones are dropped. */
    static final int MOST = 4_096;

    private record Key(Query query, ScoreMode mode, float boost) {
    }

    private final ConcurrentHashMap<Key, Weight> kept = new ConcurrentHashMap<>();

    KeptWeightsSearcher(IndexReader reader) {
        super(reader);
    }

    /** Makes these searchers for a {@link org.apache.lucene.search.SearcherManager}. */
    static SearcherFactory factory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new KeptWeightsSearcher(reader);
            }
        };
    }

    @Override
    public Weight createWeight(Query query, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return super.createWeight(query, scoreMode, boost);
        }
        Key key = new Key(query, scoreMode, boost);
        Weight w = kept.get(key);
        if (w == null) {
            // Not computeIfAbsent: building a weight builds its clauses' weights through this method again.
            w = super.createWeight(query, scoreMode, boost);
            if (kept.size() >= MOST) {
                // a bound on memory: the queries asked since start again
                kept.clear();
            }
            kept.putIfAbsent(key, w);
        }
        return w;
    }
}
