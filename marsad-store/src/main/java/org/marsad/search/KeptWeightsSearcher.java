package org.marsad.search;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * A searcher that keeps the scoring weights it built, for as long as it serves: the same query asked again of the
 * same reader (the next page, another reader of the same search, the proximity bonus of a kept query) reuses the
 * weight and its rewritten form instead of rewriting it and looking each of its terms up in the terms dictionary
 * again to compute its statistics (createWeight was 13% of an API request's handler samples at 5,000 articles). A
 * weight depends only on the query and this searcher's reader, and Lucene shares one weight between threads; a new
 * reader comes with a new searcher, so nothing kept outlives its reader.
 *
 * <p>Only weights that score are kept: the non-scoring ones pass through Lucene's query cache, whose policy counts
 * each weight's first use, so a kept one would be counted once. At most {@link #MOST} weights are kept. Thread safe.
 *
 * <p>A query never asked has no weight to reuse, but its words have mostly been looked up already: the search
 * looked each of its terms up in every segment to weigh it, {@link OtherForms} counted its other forms' articles
 * the same way, and the copies' ranks of a search page ({@link RanksAmong}) weigh the whole query again. So each
 * term's statistics and per-segment states ({@link TermStates}) are kept too, by term, and every scoring term
 * clause is weighed with them: the same numbers as a lookup gives (a reader's dictionaries never change), found
 * once per reader. At 100,000 articles in 10 segments the term lookups of those three were a third of a search
 * page's CPU for queries never asked (branch search32).
 */
final class KeptWeightsSearcher extends IndexSearcher {
    /** Weights kept at most (whole queries; their clauses live inside them); past this the kept ones are dropped. */
    static final int MOST = 4_096;

    // A query by identity: the searches ask again with the very objects RankedQueryCache kept, and a Lucene query's
    // equals compares every clause (a deep walk on each look-up), which would give back much of what is saved.
    private record Key(Query query, ScoreMode mode, float boost) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.query == query && k.mode == mode && Float.compare(k.boost, boost) == 0;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(query) * 31 + mode.ordinal()) * 31 + Float.hashCode(boost);
        }
    }

    /** Terms whose statistics and segment states are kept at most; past this the kept ones are dropped. */
    static final int MOST_TERMS = 16_384;

    private final ConcurrentHashMap<Key, Weight> kept = new ConcurrentHashMap<>();
    // Each term's statistics and per-segment states in this reader (see termStates(Term)).
    private final ConcurrentHashMap<Term, TermStates> terms = new ConcurrentHashMap<>();
    // Where the highlighted terms are in each segment's dictionary (see KeptTermStates).
    private final KeptTermStates termStates = new KeptTermStates();
    // Each asked query's rewritten form (by identity as above): the same object again, so its weight is found.
    private final ConcurrentHashMap<Key, Query> rewritten = new ConcurrentHashMap<>();
    // Whether this thread is inside the building of a kept weight (see createWeight).
    private static final ThreadLocal<Boolean> BUILDING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    KeptWeightsSearcher(IndexReader reader) {
        super(reader);
    }

    /** @param helpers where the searches' parts may run beside the searching thread ({@link SpareCores}), or null */
    KeptWeightsSearcher(IndexReader reader, java.util.concurrent.Executor helpers) {
        super(reader, helpers);
        this.parts = helpers == null ? ON_THIS_THREAD : super.getTaskExecutor();
    }

    private static final TaskExecutor ON_THIS_THREAD = new TaskExecutor(Runnable::run);
    // Where the facet counts of each segment may run (see parts()).
    private TaskExecutor parts = ON_THIS_THREAD;

    /**
     * Runs on the calling thread: what Lucene hands to this (a weight's term look-up in each segment, a few
     * microseconds each) costs less than waking a helper for it. With the look-ups on the helpers, 1,000 searches
     * at 1,000,000 articles in 48 segments took 1.5-4.4% more process CPU than with them here (bench/README, branch
     * search22). The slices of a search's collection still go to the helpers (the searcher hands them over itself),
     * and so do the facet counts of each segment ({@link #parts()}).
     */
    @Override
    public TaskExecutor getTaskExecutor() {
        return ON_THIS_THREAD;
    }

    /** How many scoring weights this searcher keeps (for tests). */
    int keptWeights() {
        return kept.size();
    }

    /**
     * The term's statistics and its state in each segment of this reader, looked up once: shared between threads,
     * read only (a segment's dictionary seeks with a copy of a state).
     */
    TermStates termStates(Term term) throws IOException {
        TermStates states = terms.get(term);
        if (states == null) {
            states = TermStates.build(this, term, true);
            if (terms.size() >= MOST_TERMS) {
                terms.clear();
            }
            terms.putIfAbsent(term, states);
        }
        return states;
    }

    /** The number of documents of this reader that hold the term (deleted ones too, as IndexReader.docFreq). */
    int docFreq(Term term) throws IOException {
        return termStates(term).docFreq();
    }

    /** Where the highlighter finds the query's terms in this reader's segments, kept from search to search. */
    KeptTermStates termStates() {
        return termStates;
    }

    /** Where a search's larger parts (each segment's facet counts) may run beside the searching thread. */
    TaskExecutor parts() {
        return parts;
    }

    // A term clause weighed with its kept states: TermQuery takes given states as its own lookup's (same statistics).
    // A boosted one too: BoostQuery weighs its query itself, not through the searcher.
    private Query withKeptStates(Query query) throws IOException {
        if (query instanceof TermQuery t && t.getTermStates() == null) {
            return new TermQuery(t.getTerm(), termStates(t.getTerm()));
        }
        if (query instanceof org.apache.lucene.search.BoostQuery b) {
            Query inner = withKeptStates(b.getQuery());
            return inner == b.getQuery() ? query : new org.apache.lucene.search.BoostQuery(inner, b.getBoost());
        }
        return query;
    }

    /**
     * Makes these searchers for a {@link org.apache.lucene.search.SearcherManager}, each searching its reader's
     * slices of segments on the {@linkplain SpareCores spare cores} as well as on the searching thread.
     */
    static SearcherFactory factory() {
        java.util.concurrent.Executor helpers = SpareCores.shared();
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new KeptWeightsSearcher(reader, helpers);
            }
        };
    }

    @Override
    public Query rewrite(Query original) throws IOException {
        Key key = new Key(original, ScoreMode.COMPLETE, 1f);
        Query q = rewritten.get(key);
        if (q == null) {
            // a rewrite depends on the reader only (a multi-term query's expansion): kept as long as the weights
            q = super.rewrite(original);
            if (rewritten.size() >= MOST) {
                rewritten.clear();
            }
            rewritten.putIfAbsent(key, q);
        }
        return q;
    }

    @Override
    public Weight createWeight(Query query, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return super.createWeight(query, scoreMode, boost);
        }
        if (BUILDING.get()) {
            // A clause of a weight being built: kept inside that weight, not apart (a query of many name variants
            // has hundreds of clauses, which would fill the bound and empty it again).
            return super.createWeight(withKeptStates(query), scoreMode, boost);
        }
        Key key = new Key(query, scoreMode, boost);
        Weight w = kept.get(key);
        if (w == null) {
            BUILDING.set(Boolean.TRUE);
            try {
                w = super.createWeight(withKeptStates(query), scoreMode, boost);
            } finally {
                BUILDING.set(Boolean.FALSE);
            }
            if (kept.size() >= MOST) {
                // a bound on memory: the queries asked since start again
                kept.clear();
            }
            kept.putIfAbsent(key, w);
        }
        return w;
    }
}
