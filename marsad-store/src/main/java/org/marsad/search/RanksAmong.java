package org.marsad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A few documents, named by id, ranked as a query's matches rank: those of them that match, in the query's order.
 * The copies' ranks of a search page ask this for a handful of versions on every page.
 *
 * <p>It was the query with the ids as a filter clause: a new query object on every page, so the searcher rewrote it
 * and looked its terms up in every segment again, Lucene's query cache weighed caching the filter, and the weight
 * built went into the searcher's kept weights, where it is never asked for again and pushes the kept ones out
 * ({@link KeptWeightsSearcher}). Here the query is the one kept for the request, so its weight is built once per
 * reader; the ids are looked up in each segment's id terms and the query's scorer is moved to each of their
 * documents, as the filter's conjunction moved it, and the same collector ranks them.
 */
final class RanksAmong {
    /** {@link IndexSearcher}'s own threshold for {@code search(query, n, sort)}: the same scoring mode as before. */
    private static final int TOTAL_HITS_THRESHOLD = 1000;

    private RanksAmong() {
    }

    /**
     * @param whole the request's query, the object kept for it (its weight is then kept by the searcher)
     * @param ids   distinct ids
     */
    static TopDocs top(IndexSearcher s, Query whole, Collection<BytesRef> ids, Sort sort) throws IOException {
        TopFieldCollector collector = new TopFieldCollectorManager(sort, Math.max(1, ids.size()), null,
                TOTAL_HITS_THRESHOLD).newCollector();
        Weight weight = s.createWeight(s.rewrite(whole), collector.scoreMode(), 1f);
        BytesRef[] sorted = ids.toArray(BytesRef[]::new);
        Arrays.sort(sorted);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            int[] docs = docsOf(leaf, sorted);
            if (docs.length == 0) {
                continue;
            }
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            if (supplier == null) {
                continue;
            }
            // led by the few documents, as the filter led the conjunction
            Scorer scorer = supplier.get(docs.length);
            LeafCollector collect = collector.getLeafCollector(leaf);
            collect.setScorer(scorer);
            DocIdSetIterator matches = scorer.iterator();
            for (int doc : docs) {
                int at = matches.docID() >= doc ? matches.docID() : matches.advance(doc);
                if (at == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                if (at == doc) {
                    collect.collect(doc);
                }
            }
            collect.finish();
        }
        return collector.topDocs();
    }

    /** The live documents of this segment with one of the ids (sorted), ascending. */
    private static int[] docsOf(LeafReaderContext leaf, BytesRef[] ids) throws IOException {
        Terms terms = leaf.reader().terms(ArticleDocuments.ID);
        if (terms == null) {
            return new int[0];
        }
        TermsEnum te = terms.iterator();
        Bits live = leaf.reader().getLiveDocs();
        List<Integer> found = new ArrayList<>();
        PostingsEnum postings = null;
        for (BytesRef id : ids) {
            if (!te.seekExact(id)) {
                continue;
            }
            postings = te.postings(postings, PostingsEnum.NONE);
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (live == null || live.get(d)) {
                    found.add(d);
                }
            }
        }
        return found.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
